package dev.awsmcp.core.protocol;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP response as a codec reads it: status, headers (case-insensitive names) and the body
 * bytes. A streaming body that went to a file is not here: the body is then empty.
 */
public final class WireResponse {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  public WireResponse(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> {
      if (k != null) {
        h.put(k, List.copyOf(v));
      }
    });
    this.headers = Collections.unmodifiableMap(h);
    this.body = body == null ? new byte[0] : body;
  }

  public int status() { return status; }

  public Map<String, List<String>> headers() { return headers; }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body bytes (not copied: do not change them). */
  public byte[] body() { return body; }

  public boolean isSuccess() { return status >= 200 && status < 300; }
}
