package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consent through MCP elicitation, with {@code REQUIRE_MUTATION_CONSENT=true}: the human's answer
 * decides, and a client that cannot ask gets a refusal saying how to allow the command.
 */
class McpConsentTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  @TempDir static Path home;
  private static McpSyncClient asking;
  private static McpSyncClient unable;
  private static final AtomicReference<McpSchema.ElicitResult> answer = new AtomicReference<>();
  private static final List<McpSchema.ElicitRequest> asked = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() {
    asking = McpClients.start(McpClients.environment(home), spec -> spec
        .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
        .elicitation(request -> {
          asked.add(request);
          return answer.get();
        }));
    unable = McpClients.start(McpClients.environment(home), spec -> spec);
  }

  @AfterAll
  static void stop() {
    for (McpSyncClient c : new McpSyncClient[] {asking, unable}) {
      if (c != null) {
        c.closeGracefully();
      }
    }
  }

  private static JsonNode createQueue(McpSyncClient client, String name) throws Exception {
    McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("call_aws",
        Map.of("cli_command", "aws sqs create-queue --queue-name " + name)));
    return JSON.readTree(((McpSchema.TextContent) r.content().get(0)).text()).get("results").get(0);
  }

  @Test
  void anAcceptedYesRunsTheCommandAndTheHumanSawIt() throws Exception {
    answer.set(new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("approve", true)));
    asked.clear();
    JsonNode item = createQueue(asking, "yes-" + RUN);
    assertTrue(item.get("ok").asBoolean(), item.toString());
    assertEquals(1, asked.size());
    assertTrue(asked.get(0).message().contains("aws sqs create-queue --queue-name yes-" + RUN), asked.get(0).message());
  }

  @Test
  void declineCancelOrNoRefuseTheCommand() throws Exception {
    List<McpSchema.ElicitResult> refusals = List.of(
        new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.DECLINE, null),
        new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.CANCEL, null),
        new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("approve", false)));
    int i = 0;
    for (McpSchema.ElicitResult refusal : refusals) {
      answer.set(refusal);
      JsonNode item = createQueue(asking, "no-" + RUN + "-" + i++);
      assertFalse(item.get("ok").asBoolean(), item.toString());
      assertEquals("CONSENT_DECLINED", item.get("error").get("code").asText(), refusal + " -> " + item);
    }
  }

  @Test
  void aClientWithoutElicitationGetsARefusalSayingHowToAllowIt() throws Exception {
    JsonNode item = createQueue(unable, "never-" + RUN);
    assertEquals("CONSENT_DECLINED", item.get("error").get("code").asText(), item.toString());
    String message = item.get("error").get("message").asText();
    assertTrue(message.contains("elicitation") && message.contains("cannot ask"), message);
  }

  @Test
  void readsAreNotAskedAbout() throws Exception {
    McpSchema.CallToolResult r = unable.callTool(new McpSchema.CallToolRequest("call_aws",
        Map.of("cli_command", "aws sqs list-queues")));
    assertFalse(r.isError());
  }
}
