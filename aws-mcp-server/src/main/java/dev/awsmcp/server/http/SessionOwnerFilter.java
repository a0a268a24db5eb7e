package dev.awsmcp.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ties an MCP session to the caller whose token opened it: a request naming a session
 * ({@code Mcp-Session-Id}) opened by someone else is refused with 404, as an unknown session
 * would be. On a server shared by several users, one user's valid token does not give the use of
 * another's session, its consent prompts among them. Runs after {@link BearerAuthFilter}.
 */
final class SessionOwnerFilter extends HttpFilter {
  static final String SESSION_HEADER = "Mcp-Session-Id";
  /** Sessions remembered at most; beyond it one is forgotten (its client then gets 404 and opens a new one). */
  static final int MAX_SESSIONS = 10_000;

  private final Map<String, String> owners = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String caller = String.valueOf(request.getAttribute(BearerAuthFilter.CALLER_ATTRIBUTE));
    String session = request.getHeader(SESSION_HEADER);
    if (session != null) {
      String owner = owners.get(session);
      // A session no one is known to own (forgotten, or never opened here) is refused too: fail closed.
      if (owner == null || !owner.equals(caller)) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write("no such session\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if ("DELETE".equalsIgnoreCase(request.getMethod())) {
        owners.remove(session);
      }
      chain.doFilter(request, response);
      return;
    }
    // A request without a session may open one: remember whose it is when the transport names it.
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        remember(name, value, caller);
        super.setHeader(name, value);
      }

      @Override
      public void addHeader(String name, String value) {
        remember(name, value, caller);
        super.addHeader(name, value);
      }
    });
  }

  private void remember(String header, String value, String caller) {
    if (SESSION_HEADER.equalsIgnoreCase(header) && value != null) {
      if (owners.size() >= MAX_SESSIONS) {
        owners.keySet().stream().findAny().ifPresent(owners::remove);
      }
      owners.putIfAbsent(value, Objects.requireNonNull(caller));
    }
  }
}
