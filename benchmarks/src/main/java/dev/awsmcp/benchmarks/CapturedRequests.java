package dev.awsmcp.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.awsmcp.core.AwsMcp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The floor of the end-to-end comparison: the exact request the engine sends (method, path,
 * query, headers, signature, body), captured once on a loopback listener and replayed unchanged
 * against the real peer, so the peer does the same work for both sides.
 */
final class CapturedRequests {
  private static final Set<String> COMPUTED_BY_CLIENT = Set.of("host", "content-length", "connection", "expect", "upgrade");

  private CapturedRequests() {}

  /** The request {@code command} makes, aimed at {@code target}. */
  static HttpRequest capture(String command, String target) throws IOException {
    AtomicReference<HttpRequest.Builder> captured = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI().toString()))
          .method(exchange.getRequestMethod(), body.length == 0 && exchange.getRequestMethod().equals("GET")
              ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!COMPUTED_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(v -> b.header(name, v));
        }
      });
      captured.compareAndSet(null, b);
      byte[] answer = "{\"__type\":\"ValidationException\",\"message\":\"captured\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(400, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
    try {
      AwsMcp engine = AwsMcp.builder()
          .modelPath(BenchmarkEngines.botocoreData())
          .modelClassLoader(null)
          .searchInstalledModels(false)
          .environment(Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing",
              "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", "http://127.0.0.1:" + server.getAddress().getPort(),
              "AWS_CONFIG_FILE", "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"))
          .workingDirectory(EmptyWorkDirectories.create("aws-mcp-capture"))
          .build();
      engine.call(command);
    } finally {
      server.stop(0);
    }
    if (captured.get() == null) {
      throw new IllegalStateException("the engine sent nothing for " + command);
    }
    return captured.get().build();
  }
}
