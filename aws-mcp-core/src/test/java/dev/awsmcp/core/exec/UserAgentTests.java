package dev.awsmcp.core.exec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every request names this SDK, its version and, when told, the agent's client. */
class UserAgentTests {
  @TempDir Path dir;

  @Test
  void theUserAgentNamesTheSdkAndTheClient() throws IOException {
    List<String> agents = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
      exchange.getRequestBody().readAllBytes();
      byte[] body = "{}".getBytes();
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      AwsMcp engine = AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null).searchInstalledModels(false)
          .environment(Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "s", "AWS_REGION", "us-east-1",
              "AWS_ENDPOINT_URL", "http://127.0.0.1:" + server.getAddress().getPort(), "AWS_CONFIG_FILE", "/nonexistent",
              "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"))
          .workingDirectory(dir).clientName("claude-code 2.1 (beta)").build();
      engine.call("aws dynamodb list-tables");
    } finally {
      server.stop(0);
    }
    String agent = agents.get(0);
    assertTrue(agent.startsWith("aws-mcp/"), agent);
    assertTrue(agent.contains("md/client#claude-code_2.1__beta_"), agent);
  }
}
