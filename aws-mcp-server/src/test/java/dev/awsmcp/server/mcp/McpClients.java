package dev.awsmcp.server.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.testing.MotoServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * MCP SDK clients, each driving the real server as its own process over stdio ({@code java -cp
 * <test class path> dev.awsmcp.server.Main}, no arguments: serve is the default), pointed at the
 * shared moto server; or a server over streamable HTTP.
 */
final class McpClients {
  private McpClients() {}

  static Map<String, String> environment(Path home) {
    Map<String, String> env = MotoServer.shared().clientEnvironment(home);
    env.put("AWS_API_MCP_WORKING_DIR", home.resolve("workdir").toString());
    env.put("AWS_MCP_DOCS_OFFLINE", "true");
    env.put("AWS_MCP_DOCS_CACHE_DIR", home.resolve("docs").toString());
    env.put("REQUIRE_MUTATION_CONSENT", "true");
    return env;
  }

  static StdioClientTransport transport(Map<String, String> env) {
    return transport(env, List.of("-cp", System.getProperty("java.class.path"), "dev.awsmcp.server.Main"));
  }

  /** The server started with these arguments to {@code java} (a class path and main class, or {@code -jar}). */
  static StdioClientTransport transport(Map<String, String> env, List<String> javaArgs) {
    ServerParameters params = ServerParameters.builder(Paths.get(System.getProperty("java.home"), "bin", "java").toString())
        .args(javaArgs)
        .env(env)
        .build();
    StdioClientTransport transport = new StdioClientTransport(params, new JacksonMcpJsonMapper(new ObjectMapper()));
    transport.setStdErrorHandler(line -> System.err.println("[server] " + line));
    return transport;
  }

  /** A started, initialized client; {@code spec} adds capabilities and consumers. */
  static McpSyncClient start(Map<String, String> env, UnaryOperator<McpClient.SyncSpec> spec) {
    return start(transport(env), spec);
  }

  /** A started, initialized client of a server over streamable HTTP at {@code baseUrl}/mcp, sending {@code token}. */
  static McpSyncClient http(String baseUrl, String token, UnaryOperator<McpClient.SyncSpec> spec) {
    HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(baseUrl)
        .endpoint("/mcp")
        .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
        // the SDK's hook on every request it sends: the place for the bearer token
        .httpRequestCustomizer((request, method, uri, body, context) -> request.header("Authorization", "Bearer " + token))
        .build();
    return start(transport, spec);
  }

  /** A port free on 127.0.0.1 a moment ago. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static McpSyncClient start(McpClientTransport transport, UnaryOperator<McpClient.SyncSpec> spec) {
    McpSyncClient client = spec.apply(McpClient.sync(transport)
            .clientInfo(new McpSchema.Implementation("aws-mcp-tests", "1.0"))
            .requestTimeout(Duration.ofSeconds(120))
            .initializationTimeout(Duration.ofSeconds(60)))
        .build();
    client.initialize();
    return client;
  }
}
