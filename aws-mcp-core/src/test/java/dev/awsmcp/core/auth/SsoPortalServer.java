package dev.awsmcp.core.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A loopback stand-in for the IAM Identity Center portal's {@code GetRoleCredentials}
 * ({@code GET /federation/credentials?account_id=&role_name=} with the cached access token in
 * {@code x-amz-sso_bearer_token}); moto has no SSO portal.
 */
final class SsoPortalServer implements AutoCloseable {
  private final HttpServer server;

  SsoPortalServer(String accessToken, String accountId, String roleName, String accessKeyId) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/federation/credentials", exchange -> {
      try (exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        boolean authorized = accessToken.equals(exchange.getRequestHeaders().getFirst("x-amz-sso_bearer_token"));
        if (!authorized) {
          send(exchange, 401, "{\"message\": \"Session token not found or invalid\"}");
        } else if (query == null || !query.contains("account_id=" + accountId) || !query.contains("role_name=" + roleName)) {
          send(exchange, 403, "{\"message\": \"No access\"}");
        } else {
          long expiration = Instant.now().plus(Duration.ofHours(1)).toEpochMilli();
          send(exchange, 200, """
              {"roleCredentials": {"accessKeyId": "%s", "secretAccessKey": "sso-secret",
               "sessionToken": "sso-session-token", "expiration": %d}}
              """.formatted(accessKeyId, expiration));
        }
      }
    });
    server.start();
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
