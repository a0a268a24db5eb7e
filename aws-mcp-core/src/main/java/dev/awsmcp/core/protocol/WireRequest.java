package dev.awsmcp.core.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An HTTP request as a protocol codec lays it out, before an endpoint, signature or transport is
 * involved. The path is already percent-encoded (URI labels encoded, greedy labels keeping
 * {@code /}); query parameters and headers are raw, in insertion order, and encoded by whoever
 * builds the final URI (the signer and the transport must agree, so both use
 * {@link #encodedQuery()}).
 */
public final class WireRequest {
  private final String method;
  private final String encodedPath;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final String hostPrefix;

  private WireRequest(Builder b) {
    this.method = Objects.requireNonNull(b.method, "method");
    this.encodedPath = Objects.requireNonNull(b.encodedPath, "encodedPath");
    if (!encodedPath.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /: " + encodedPath);
    }
    this.query = copy(b.query, new LinkedHashMap<>());
    this.headers = copy(b.headers, new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
    this.body = b.body;
    this.hostPrefix = b.hostPrefix;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> from, Map<String, List<String>> to) {
    from.forEach((k, v) -> to.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(to);
  }

  public static Builder builder(String method, String encodedPath) {
    return new Builder(method, encodedPath);
  }

  public String method() { return method; }

  /** The request path, percent-encoded, starting with {@code /}, without the query. */
  public String encodedPath() { return encodedPath; }

  /** Raw query parameters; a key with an empty list is sent bare ({@code ?uploads}). */
  public Map<String, List<String>> query() { return query; }

  /** Headers, case-insensitive names, raw values. */
  public Map<String, List<String>> headers() { return headers; }

  /** The body bytes; empty when there is none. */
  public byte[] body() { return body == null ? new byte[0] : body.clone(); }

  /** Whether the request has a body at all (an empty JSON object {@code {}} is a body). */
  public boolean hasBody() { return body != null; }

  /** The expanded endpoint host prefix ({@code data-}, {@code 123456789012.}), or "". */
  public String hostPrefix() { return hostPrefix; }

  /** The query string, RFC 3986 percent-encoded, keys in insertion order; "" when none. */
  public String encodedQuery() {
    StringBuilder sb = new StringBuilder();
    query.forEach((k, values) -> {
      if (values.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "&").append(PercentEncoding.encode(k));
      }
      for (String v : values) {
        sb.append(sb.length() == 0 ? "" : "&").append(PercentEncoding.encode(k)).append('=')
            .append(PercentEncoding.encode(v));
      }
    });
    return sb.toString();
  }

  public Builder toBuilder() {
    Builder b = new Builder(method, encodedPath);
    query.forEach((k, v) -> b.query.put(k, new ArrayList<>(v)));
    headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
    b.body = body;
    b.hostPrefix = hostPrefix;
    return b;
  }

  @Override
  public String toString() {
    String q = encodedQuery();
    return method + " " + encodedPath + (q.isEmpty() ? "" : "?" + q);
  }

  /** Builds a {@link WireRequest}. Not thread-safe. */
  public static final class Builder {
    private String method;
    private String encodedPath;
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body;
    private String hostPrefix = "";

    private Builder(String method, String encodedPath) {
      this.method = method;
      this.encodedPath = encodedPath;
    }

    public Builder method(String v) { method = v; return this; }
    public Builder encodedPath(String v) { encodedPath = v; return this; }

    /** Adds a value to a query parameter. */
    public Builder addQuery(String name, String value) {
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /** A query key without value ({@code ?uploads}), unless the key already has values. */
    public Builder addQueryKey(String name) {
      query.computeIfAbsent(name, k -> new ArrayList<>());
      return this;
    }

    public boolean hasQuery(String name) { return query.containsKey(name); }

    /** Sets a header, replacing earlier values. */
    public Builder header(String name, String value) {
      List<String> values = new ArrayList<>();
      values.add(value);
      headers.put(name, values);
      return this;
    }

    public boolean hasHeader(String name) { return headers.containsKey(name); }

    /** The first value of a header, or null. */
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    public Builder removeHeader(String name) { headers.remove(name); return this; }

    public Builder body(byte[] v) { body = v; return this; }
    public Builder hostPrefix(String v) { hostPrefix = Objects.requireNonNull(v); return this; }

    public WireRequest build() {
      return new WireRequest(this);
    }
  }
}
