package dev.awsmcp.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses (403) a request whose Host or Origin is not allowed, before anything else looks at it:
 * a web page the user visits could otherwise reach the server through the browser, by pointing
 * its own domain at 127.0.0.1 (DNS rebinding: a foreign Host) or by posting across origins (a
 * foreign Origin). A request without Origin does not come from a web page and is accepted. The
 * SDK's own check accepts everything unless configured; this one is always on.
 */
final class HostOriginFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private final List<String> hosts;
  private final List<String> origins;

  HostOriginFilter(List<String> hosts, List<String> origins) {
    this.hosts = lower(hosts);
    this.origins = lower(origins);
  }

  private static List<String> lower(List<String> values) {
    return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String host = request.getHeader("Host");
    if (host == null || !hostAllowed(host.strip().toLowerCase(Locale.ROOT))) {
      refuse(response, "Host " + (host == null ? "(none)" : host) + " is not allowed (" + HttpSettings.ALLOWED_HOSTS + ")");
      return;
    }
    String origin = request.getHeader("Origin");
    if (origin != null && !origins.contains(origin.strip().toLowerCase(Locale.ROOT))) {
      refuse(response, "Origin " + origin + " is not allowed (" + HttpSettings.ALLOWED_ORIGINS + ")");
      return;
    }
    chain.doFilter(request, response);
  }

  boolean hostAllowed(String host) {
    if (hosts.contains(host)) {
      return true;
    }
    int colon = host.lastIndexOf(':');
    // host:* accepts any port; a colon inside brackets belongs to an IPv6 address
    return colon > host.lastIndexOf(']') && hosts.contains(host.substring(0, colon) + ":*");
  }

  private static void refuse(HttpServletResponse response, String why) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/plain;charset=utf-8");
    response.getWriter().write("aws-mcp: " + why + "\n");
  }
}
