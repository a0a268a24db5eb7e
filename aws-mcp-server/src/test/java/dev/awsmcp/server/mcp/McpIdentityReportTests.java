package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Once the engine is built, the server says on stderr (the client's log) which AWS identity it acts as. */
class McpIdentityReportTests {
  @TempDir Path home;

  @Test
  void theServerReportsTheIdentityItActsAs() throws Exception {
    List<String> stderr = new CopyOnWriteArrayList<>();
    StdioClientTransport transport = McpClients.transport(McpClients.environment(home));
    transport.setStdErrorHandler(stderr::add);
    McpSyncClient client = McpClient.sync(transport).clientInfo(new McpSchema.Implementation("aws-mcp-tests", "1.0"))
        .requestTimeout(Duration.ofSeconds(120)).initializationTimeout(Duration.ofSeconds(60)).build();
    try {
      client.initialize();
      client.callTool(new McpSchema.CallToolRequest("call_aws", Map.of("cli_command", "aws sts get-caller-identity")));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (stderr.stream().noneMatch(l -> l.contains("acting as arn:aws:")) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue(stderr.stream().anyMatch(l -> l.contains("aws-mcp: acting as arn:aws:") && l.contains("123456789012")),
          String.join("\n", stderr));
    } finally {
      client.closeGracefully();
    }
  }
}
