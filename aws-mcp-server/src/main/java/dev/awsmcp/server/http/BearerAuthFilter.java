package dev.awsmcp.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Lets a request through only with an accepted bearer token (RFC 6750): without one, 401 and a
 * {@code WWW-Authenticate: Bearer} challenge; with a rejected one, 401 naming
 * {@code invalid_token} and why; when the verifier cannot decide (the issuer's keys are out of
 * reach), 503. A refused request never reaches the MCP transport, so never a tool.
 */
final class BearerAuthFilter extends HttpFilter {
  /** The request attribute naming who the accepted token stands for (see {@link TokenVerifier.Verdict#caller()}). */
  static final String CALLER_ATTRIBUTE = "dev.awsmcp.caller";

  private static final long serialVersionUID = 1L;
  private static final String REALM = "Bearer realm=\"aws-mcp\"";

  private final transient TokenVerifier verifier;

  BearerAuthFilter(TokenVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      // RFC 6750 3.1: no error code when the request carried no credentials at all
      deny(response, HttpServletResponse.SC_UNAUTHORIZED, REALM, "a bearer token is required");
      return;
    }
    String h = header.strip();
    if (h.length() < 7 || !h.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ") || h.substring(7).isBlank()) {
      deny(response, HttpServletResponse.SC_UNAUTHORIZED, challenge("invalid_request", "use Authorization: Bearer <token>"),
          "use Authorization: Bearer <token>");
      return;
    }
    TokenVerifier.Verdict verdict = verifier.verify(h.substring(7).strip());
    if (verdict.accepted()) {
      request.setAttribute(CALLER_ATTRIBUTE, verdict.caller());
      chain.doFilter(request, response);
    } else if (verdict.unavailable()) {
      deny(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, null, verdict.reason());
    } else {
      deny(response, HttpServletResponse.SC_UNAUTHORIZED, challenge("invalid_token", verdict.reason()), verdict.reason());
    }
  }

  private static String challenge(String error, String description) {
    // a quoted-string may not hold quotes or backslashes unescaped; keep it plain
    String d = description.replaceAll("[\"\\\\\\p{Cntrl}]", "'");
    return REALM + ", error=\"" + error + "\", error_description=\"" + d + "\"";
  }

  private static void deny(HttpServletResponse response, int status, String challenge, String why) throws IOException {
    response.setStatus(status);
    if (challenge != null) {
      response.setHeader("WWW-Authenticate", challenge);
    }
    response.setContentType("text/plain;charset=utf-8");
    response.getWriter().write("aws-mcp: " + why + "\n");
  }
}
