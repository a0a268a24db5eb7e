package dev.awsmcp.core.auth;

import dev.awsmcp.core.protocol.WireRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a {@link WireRequest} goes: the endpoint's scheme, host (with the operation's host
 * prefix), port and base path joined with the request's already encoded path and query. Signer
 * and transport both work from this one value, so what is signed is what is sent.
 */
record RequestTarget(String scheme, String host, int port, String encodedPath, String encodedQuery) {

  static RequestTarget of(WireRequest request, URI endpoint) {
    String scheme = endpoint.getScheme();
    if (scheme == null || endpoint.getHost() == null) {
      throw new SigningException("endpoint is not an absolute http(s) URL: " + endpoint);
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    int port = endpoint.getPort();
    // A default port is left out so the signed Host matches what HTTP clients send.
    if ((scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80)) {
      port = -1;
    }
    return new RequestTarget(scheme, withPrefix(request.hostPrefix(), endpoint.getHost()), port,
        joinPath(endpoint.getRawPath(), request.encodedPath()), request.encodedQuery());
  }

  // An IP literal (a local test peer) cannot take a prefix such as "data-" or "123456789012.".
  private static String withPrefix(String prefix, String host) {
    if (prefix.isEmpty() || host.startsWith("[") || host.matches("[0-9.]+") || host.equals("localhost")) {
      return host;
    }
    return prefix + host;
  }

  private static String joinPath(String basePath, String requestPath) {
    if (basePath == null || basePath.isEmpty() || basePath.equals("/")) {
      return requestPath;
    }
    // As botocore's _urljoin: a bare "/" keeps the endpoint's path (S3 path style: "/bucket").
    if (requestPath.equals("/")) {
      return basePath;
    }
    String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    return base + requestPath;
  }

  /** The {@code Host} header value: host, and port when not the default. */
  String authority() {
    return port == -1 ? host : host + ":" + port;
  }

  URI toUri() {
    String text = scheme + "://" + authority() + encodedPath + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery);
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new SigningException("request URI is not valid: " + e.getMessage(), e);
    }
  }
}
