package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code call_aws}'s {@code readOnlyHint} follows the effective configuration, policy files
 * included: a file that switches read-only mode on marks the tool read-only, and the file's rule
 * refuses mutations.
 */
class McpReadOnlyAnnotationTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path home;

  private Path policy;

  // A server whose policy file says this.
  private McpSyncClient serverWithPolicy(String json) throws Exception {
    policy = Files.writeString(home.resolve("policy.json"), json);
    Map<String, String> env = McpClients.environment(home);
    env.put("AWS_MCP_POLICY_FILE", policy.toString());
    return McpClients.start(env, spec -> spec);
  }

  private McpSchema.Tool callAws(McpSyncClient client) {
    return client.listTools().tools().stream().filter(t -> t.name().equals("call_aws")).findFirst().orElseThrow();
  }

  @Test
  void aPolicyFileThatSwitchesReadOnlyModeOnMarksCallAwsReadOnly() throws Exception {
    McpSyncClient client = serverWithPolicy("{\"version\": \"1.0\", \"readOnly\": true}");
    try {
      McpSchema.Tool tool = callAws(client);
      assertEquals(true, tool.annotations().readOnlyHint());
      assertEquals(false, tool.annotations().destructiveHint());
      McpSchema.CallToolResult r = client.callTool(McpSchema.CallToolRequest.builder("call_aws")
          .arguments(Map.of("cli_command", "aws sqs create-queue --queue-name read-only-file")).build());
      JsonNode item = JSON.valueToTree(r.structuredContent()).path("results").path(0);
      if (item.isMissingNode()) {
        item = JSON.readTree(((McpSchema.TextContent) r.content().get(0)).text()).path("results").path(0);
      }
      assertEquals("POLICY_DENIED", item.path("error").path("code").asText(), item.toString());
    } finally {
      client.closeGracefully();
    }
  }

  @Test
  void aPolicyFileWithoutReadOnlyLeavesCallAwsMarkedAsChanging() throws Exception {
    McpSyncClient client = serverWithPolicy("{\"version\": \"1.0\", \"deny\": [\"aws iam *\"]}");
    try {
      assertEquals(false, callAws(client).annotations().readOnlyHint());
    } finally {
      client.closeGracefully();
    }
  }

  // A file the engine cannot start with does not mark the tool read-only (a hint must not promise
  // more than the engine gives); the first call says what is wrong with the file.
  @Test
  void aMalformedPolicyFileLeavesCallAwsMarkedAsChangingAndTheCallNamesTheFile() throws Exception {
    McpSyncClient client = serverWithPolicy("{\"version\": \"1.0\", \"readOnly\": \"yes\"}");
    try {
      McpSchema.Tool tool = callAws(client);
      assertEquals(false, tool.annotations().readOnlyHint());
      assertEquals(true, tool.annotations().destructiveHint());
      McpSchema.CallToolResult r = client.callTool(McpSchema.CallToolRequest.builder("call_aws")
          .arguments(Map.of("cli_command", "aws sqs list-queues")).build());
      assertEquals(true, r.isError(), r.toString());
      String text = ((McpSchema.TextContent) r.content().get(0)).text();
      assertTrue(text.contains(policy.toString()), text);
    } finally {
      client.closeGracefully();
    }
  }
}
