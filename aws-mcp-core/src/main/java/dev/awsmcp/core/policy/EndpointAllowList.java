package dev.awsmcp.core.policy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which {@code --endpoint-url} values a command may give: loopback always (local emulators and
 * tunnels), anything else only when configured, compared by scheme, host and port. Host names
 * are never resolved: a name that resolves to loopback today may not tomorrow.
 */
final class EndpointAllowList {
  private final Set<String> configured;

  EndpointAllowList(Set<String> configured) {
    this.configured = configured.stream().map(EndpointAllowList::origin).filter(o -> !o.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  boolean allows(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
      return false;
    }
    return isLoopback(uri.getHost()) || configured.contains(origin(url));
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.equals("[::1]") || h.equals("::1")) {
      return true;
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String p : parts) {
      if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  // scheme://host:port, with the scheme's default port made explicit; "" when not a URL.
  private static String origin(String url) {
    try {
      URI uri = new URI(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "";
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
