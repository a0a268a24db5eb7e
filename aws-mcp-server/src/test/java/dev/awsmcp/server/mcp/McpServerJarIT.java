package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.tools.AwsTools;
import dev.awsmcp.core.tools.ToolDefinition;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped artifact itself: the MCP SDK's client starts the shaded {@code aws-mcp-server.jar}
 * (after {@code package}, run by failsafe in {@code verify}) with the JVM options of the client
 * configurations in {@code samples/mcp-clients}, exactly as an MCP client would. Catches what the
 * test class path hides: a service file lost in shading, a missing dependency, a logger writing
 * to the protocol's pipe.
 */
class McpServerJarIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path home;

  @Test
  void theJarServesToolsAndCallsAwsOverStdio() throws Exception {
    Path jar = Paths.get("target", "aws-mcp-server.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "run after package: " + jar);
    Map<String, String> env = McpClients.environment(home);
    env.put("READ_OPERATIONS_ONLY", "true");
    McpSyncClient client = McpClients.start(
        McpClients.transport(env, List.of("-XX:+UseSerialGC", "-Xms32m", "-jar", jar.toString())), spec -> spec);
    try {
      List<McpSchema.Tool> tools = client.listTools().tools();
      List<ToolDefinition> defined = AwsTools.definitions(() -> {
        throw new AssertionError("listing tools must not need the engine");
      }, true);
      assertEquals(defined.stream().map(ToolDefinition::name).collect(Collectors.toList()),
          tools.stream().map(McpSchema.Tool::name).collect(Collectors.toList()));
      assertEquals(true, tools.get(0).annotations().readOnlyHint(), "read-only mode marks call_aws read-only");

      McpSchema.CallToolResult who = client.callTool(new McpSchema.CallToolRequest("call_aws",
          Map.of("cli_command", List.of("aws sts get-caller-identity", "aws sqs create-queue --queue-name refused-by-jar-it"))));
      JsonNode results = JSON.valueToTree(who.structuredContent()).get("results");
      assertEquals("123456789012", results.get(0).get("response").get("Account").asText(), results.toString());
      assertFalse(results.get(1).get("ok").asBoolean(), results.toString());
      assertEquals("POLICY_DENIED", results.get(1).get("error").get("code").asText(), results.toString());

      McpSchema.CallToolResult suggested = client.callTool(new McpSchema.CallToolRequest("read_documentation",
          Map.of("url", "aws sqs create-queue")));
      assertFalse(Boolean.TRUE.equals(suggested.isError()), suggested.toString());
      assertTrue(suggested.content().toString().contains("CreateQueue"), suggested.toString());
    } finally {
      client.closeGracefully();
    }
  }

  @Test
  void theJarServesOverStreamableHttpWithAToken() throws Exception {
    Path jar = Paths.get("target", "aws-mcp-server.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "run after package: " + jar);
    int port = McpClients.freePort();
    String token = "jar-it-token-" + java.util.UUID.randomUUID();
    Map<String, String> env = McpClients.environment(home);
    env.put("AWS_API_MCP_TRANSPORT", "streamable-http");
    env.put("AWS_API_MCP_PORT", String.valueOf(port));
    env.put("AWS_MCP_HTTP_BEARER_TOKEN", token);
    ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-Xms32m", "-jar", jar.toString()).redirectErrorStream(true)
        .redirectOutput(home.resolve("server.log").toFile());
    pb.environment().putAll(env);
    Process server = pb.start();
    try {
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (!Files.readString(home.resolve("server.log")).contains("serving MCP over streamable HTTP")) {
        assertTrue(server.isAlive() && System.nanoTime() < deadline, Files.readString(home.resolve("server.log")));
        Thread.sleep(100);
      }
      McpSyncClient client = McpClients.http("http://127.0.0.1:" + port, token, spec -> spec);
      try {
        assertEquals("call_aws", client.listTools().tools().get(0).name());
        McpSchema.CallToolResult who = client.callTool(new McpSchema.CallToolRequest("call_aws",
            Map.of("cli_command", "aws sts get-caller-identity")));
        JsonNode results = JSON.valueToTree(who.structuredContent()).get("results");
        assertEquals("123456789012", results.get(0).get("response").get("Account").asText(), results.toString());
      } finally {
        client.closeGracefully();
      }
    } finally {
      server.destroy();
      assertTrue(server.waitFor(45, java.util.concurrent.TimeUnit.SECONDS), "SIGTERM stops the server");
    }
  }
}
