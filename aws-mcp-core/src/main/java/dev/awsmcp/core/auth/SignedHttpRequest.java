package dev.awsmcp.core.auth;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A request ready for the wire: send exactly {@link #uri()} with exactly {@link #headers()} and
 * {@link #body()}. The signature covers this URI's path and query as they are, so a transport
 * must not re-encode them.
 *
 * <p>{@code Host} is among the headers because it is signed; transports that compute it
 * themselves (the JDK {@code HttpClient} refuses to set it) produce the same value, since the
 * URI carries no default port. {@code Content-Length} is not among them and not signed: the
 * transport sets it from the body.
 */
public final class SignedHttpRequest {
  // Values that grant access for as long as they are valid; never printed.
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-amz-security-token");

  private final String method;
  private final URI uri;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  SignedHttpRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    this.method = Objects.requireNonNull(method, "method");
    this.uri = Objects.requireNonNull(uri, "uri");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body.clone();
  }

  public String method() {
    return method;
  }

  /** The exact URI to request: scheme, host, port (only when not the default), path, query. */
  public URI uri() {
    return uri;
  }

  /** Every header to send, signature included, names as signed, in a stable order. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, by case-insensitive name, or {@code null}. */
  public String header(String name) {
    Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    byName.putAll(headers);
    List<String> values = byName.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The body bytes (a copy); empty when there is none. */
  public byte[] body() {
    return body.clone();
  }

  /** Method, URI and headers, with the signature and session token redacted. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(method).append(' ').append(uri);
    headers.forEach((name, values) -> sb.append("\n").append(name).append(": ")
        .append(SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : String.join(", ", values)));
    return sb.append("\n(").append(body.length).append(" body bytes)").toString();
  }
}
