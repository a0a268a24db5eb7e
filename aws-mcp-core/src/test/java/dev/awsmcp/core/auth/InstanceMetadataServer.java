package dev.awsmcp.core.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for the EC2 instance metadata service (IMDSv2): a session token from
 * {@code PUT /latest/api/token}, then the role name and its credentials, which require that token.
 */
final class InstanceMetadataServer implements AutoCloseable {
  private static final String TOKEN = "imds-session-token";
  private static final String CREDENTIALS = "/latest/meta-data/iam/security-credentials/";

  private final HttpServer server;
  private final AtomicInteger credentialRequests = new AtomicInteger();

  InstanceMetadataServer(String role, String accessKeyId) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        answer(exchange, role, accessKeyId);
      }
    });
    server.start();
  }

  private void answer(HttpExchange exchange, String role, String accessKeyId) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (exchange.getRequestMethod().equals("PUT") && path.equals("/latest/api/token")) {
      send(exchange, 200, TOKEN);
    } else if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("X-aws-ec2-metadata-token"))) {
      send(exchange, 401, "");
    } else if (path.equals(CREDENTIALS)) {
      send(exchange, 200, role);
    } else if (path.equals(CREDENTIALS + role)) {
      credentialRequests.incrementAndGet();
      send(exchange, 200, """
          {"Code": "Success", "LastUpdated": "%s", "Type": "AWS-HMAC", "AccessKeyId": "%s",
           "SecretAccessKey": "imds-secret", "Token": "imds-token", "Expiration": "%s"}
          """.formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), accessKeyId,
          Instant.now().plus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
    } else {
      send(exchange, 404, "");
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  int credentialRequests() {
    return credentialRequests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
