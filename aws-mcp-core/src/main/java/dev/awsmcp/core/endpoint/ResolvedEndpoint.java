package dev.awsmcp.core.endpoint;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where one call goes and how it is signed.
 *
 * @param url the endpoint URL (scheme, host, port and any base path), before the operation's
 *     host prefix and request path are applied
 * @param headers headers the endpoint rules ask for
 * @param authScheme the signing scheme to use
 */
public record ResolvedEndpoint(URI url, Map<String, List<String>> headers, AuthScheme authScheme) {
  public ResolvedEndpoint {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(authScheme, "authScheme");
    headers = Map.copyOf(headers);
  }
}
