package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MCP SDK's own client drives the server over stdio: tools/list and call_aws against moto. */
class McpStdioServerTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  @TempDir static Path home;
  private static McpSyncClient client;
  private static final List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
  private static final List<McpSchema.LoggingMessageNotification> logs = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Path plans = Files.createDirectories(home.resolve("plans"));
    Files.writeString(plans.resolve("team-runbook.md"), "---\ndescription: Our team's runbook\nparameters:\n"
        + "  - name: service\n    required: true\n---\n## Steps\n\n1. Run `aws sts get-caller-identity`.\n");
    Map<String, String> env = McpClients.environment(home);
    env.put("AWS_API_MCP_AGENT_SCRIPTS_DIR", plans.toString());
    // Consent is approved by this client's human: these tests are about calls, McpConsentTests about asking.
    client = McpClients.start(env, spec -> spec
        .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
        .elicitation(request -> new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("approve", true)))
        .progressConsumer(progress::add)
        .loggingConsumer(logs::add));
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.closeGracefully();
    }
  }

  private static McpSchema.CallToolResult callAws(Object commands) {
    return client.callTool(new McpSchema.CallToolRequest("call_aws", Map.of("cli_command", commands)));
  }

  private static JsonNode structured(McpSchema.CallToolResult r) {
    assertNotNull(r.structuredContent(), () -> "no structured content: " + r);
    return JSON.valueToTree(r.structuredContent());
  }

  private static JsonNode text(McpSchema.CallToolResult r) throws Exception {
    return JSON.readTree(((McpSchema.TextContent) r.content().get(0)).text());
  }

  @Test
  void toolsListShowsTheToolsWithSchemasAnnotationsAndWithinTheTokenBudget() throws Exception {
    List<McpSchema.Tool> tools = client.listTools().tools();
    assertEquals(List.of("call_aws", "suggest_aws_commands", "search_documentation", "read_documentation", "recommend",
        "get_execution_plan"), tools.stream().map(McpSchema.Tool::name).collect(Collectors.toList()));
    McpSchema.Tool callAws = tools.get(0);
    assertEquals(false, callAws.annotations().readOnlyHint());
    assertEquals(true, callAws.annotations().openWorldHint());
    assertTrue(callAws.inputSchema().toString().contains("cli_command"));
    assertNotNull(callAws.outputSchema());
    for (McpSchema.Tool t : tools.subList(1, tools.size())) {
      assertEquals(true, t.annotations().readOnlyHint(), t.name());
    }
    // The same estimate as ToolTokens (characters / 4), measured on what a client receives.
    int chars = 0;
    for (McpSchema.Tool t : tools) {
      chars += t.description().length() + JSON.writeValueAsString(t.inputSchema()).length();
    }
    assertTrue((chars + 3) / 4 <= 600, "~" + (chars + 3) / 4 + " tokens");
  }

  @Test
  void aReadAnswersWithTheAwsResponseAsJson() throws Exception {
    McpSchema.CallToolResult r = callAws("aws sts get-caller-identity");
    assertFalse(r.isError());
    JsonNode item = structured(r).get("results").get(0);
    assertTrue(item.get("ok").asBoolean(), item.toString());
    assertTrue(item.get("response").get("Account").isTextual(), "the answer is JSON, not a JSON string: " + item);
    assertEquals(structured(r), text(r), "the text block carries the same JSON");
  }

  @Test
  void aServiceErrorIsAResultNotAToolFailure() {
    McpSchema.CallToolResult r = callAws("aws iam get-user --user-name nobody-" + RUN);
    assertFalse(r.isError());
    JsonNode error = structured(r).get("results").get(0).get("error");
    assertEquals("service", error.get("kind").asText());
    assertEquals("NoSuchEntity", error.get("code").asText());
  }

  @Test
  void aBatchAnswersOneItemPerCommandInOrder() {
    McpSchema.CallToolResult r = callAws(List.of("aws sts get-caller-identity", "aws s3api create-bucket --bucket b-" + RUN,
        "aws s3api list-buckets --query Buckets[].Name"));
    JsonNode items = structured(r).get("results");
    assertEquals(3, items.size());
    assertTrue(items.get(1).get("ok").asBoolean(), items.toString());
    assertTrue(items.get(2).get("response").toString().contains("b-" + RUN), items.toString());
  }

  @Test
  void validationErrorsAndPolicyRefusalsAreToolErrorsSayingWhy() throws Exception {
    McpSchema.CallToolResult invalid = callAws("aws s3api list-buckets --no-such-option 1");
    assertTrue(invalid.isError());
    assertEquals("validation", text(invalid).get("results").get(0).get("error").get("kind").asText());
    McpSchema.CallToolResult refused = callAws("aws s3api list-buckets --debug");
    assertTrue(refused.isError());
    assertEquals("policy", text(refused).get("results").get(0).get("error").get("kind").asText());
    McpSchema.CallToolResult shell = callAws("aws s3api list-buckets && rm -rf /");
    assertTrue(shell.isError());
  }

  @Test
  void badArgumentsAreToolErrorsNamingTheArgument() throws Exception {
    McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("call_aws", Map.of("cli_command", 42)));
    assertTrue(r.isError());
    assertTrue(text(r).get("error").get("message").asText().contains("cli_command"), text(r).toString());
  }

  @Test
  void pagesAreReportedAsProgressWhenTheClientAskedForIt() {
    for (int i = 0; i < 4; i++) {
      callAws("aws logs create-log-group --log-group-name mcp-" + RUN + "-" + i);
    }
    String token = "progress-" + RUN;
    McpSchema.CallToolResult r = client.callTool(McpSchema.CallToolRequest.builder("call_aws")
        .arguments(Map.of("cli_command", "aws logs describe-log-groups --log-group-name-prefix mcp-" + RUN + " --page-size 1"))
        .progressToken(token)
        .build());
    assertEquals(4, structured(r).get("results").get(0).get("response").get("logGroups").size(), structured(r).toString());
    List<Double> mine = progress.stream().filter(p -> token.equals(p.progressToken())).map(McpSchema.ProgressNotification::progress)
        .collect(Collectors.toList());
    // Notifications travel separately from the answer; the last ones may still be on their way.
    long deadline = System.currentTimeMillis() + 5_000;
    while (mine.size() < 5 && System.currentTimeMillis() < deadline) {
      Thread.onSpinWait();
      mine = progress.stream().filter(p -> token.equals(p.progressToken())).map(McpSchema.ProgressNotification::progress)
          .collect(Collectors.toList());
    }
    assertTrue(mine.size() >= 4, "at least one notification per page: " + mine);
  }

  @Test
  void aCommandForEveryRegionAnswersPerRegionAndReportsEachRegionAsProgress() {
    String token = "regions-" + RUN;
    McpSchema.CallToolResult r = client.callTool(McpSchema.CallToolRequest.builder("call_aws")
        .arguments(Map.of("cli_command", "aws sqs list-queues --queue-name-prefix none-" + RUN + " --region *"))
        .progressToken(token)
        .build());
    JsonNode item = structured(r).get("results").get(0);
    assertTrue(item.get("ok").asBoolean(), item.toString());
    assertEquals("*", item.get("region").asText());
    int regions = item.get("regions").size();
    assertTrue(regions > 10, item.toString());
    assertTrue(item.get("regions").findValuesAsText("region").contains("eu-west-1"), item.toString());
    long deadline = System.currentTimeMillis() + 5_000;
    List<String> messages;
    do {
      Thread.onSpinWait();
      messages = progress.stream().filter(p -> token.equals(p.progressToken())).map(McpSchema.ProgressNotification::message)
          .collect(Collectors.toList());
    } while (messages.size() < regions && System.currentTimeMillis() < deadline);
    assertTrue(messages.stream().filter(m -> m.contains("regions)")).count() == regions, messages.toString());
  }

  @Test
  void anAnswerCutToFitIsAWarningInTheLog() throws Exception {
    McpSchema.CallToolResult r = callAws("aws ec2 describe-instance-types");
    assertTrue(structured(r).get("results").get(0).has("truncated"));
    long deadline = System.currentTimeMillis() + 5_000;
    while (logs.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    assertFalse(logs.isEmpty(), "a logging notification");
    assertEquals(McpSchema.LoggingLevel.WARNING, logs.get(0).level());
    assertTrue(logs.get(0).data().contains("--starting-token"), logs.get(0).data());
  }

  @Test
  void documentationIsReadThroughTheSameServer() throws Exception {
    McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("read_documentation",
        Map.of("url", "aws sts get-caller-identity")));
    assertFalse(r.isError(), () -> r.content().toString());
    assertTrue(structured(r).get("content").asText().contains("GetCallerIdentity"), structured(r).toString());
  }

  @Test
  void anExecutionPlanIsMarkdownAndTheCatalogueHasTheUsersPlans() {
    McpSchema.CallToolResult catalogue = client.callTool(new McpSchema.CallToolRequest("get_execution_plan", Map.of()));
    assertFalse(catalogue.isError());
    String list = ((McpSchema.TextContent) catalogue.content().get(0)).text();
    assertTrue(list.contains("- `unencrypted-volumes`: ") && list.contains("- `team-runbook`: Our team's runbook (user's plan)"), list);
    McpSchema.CallToolResult plan = client.callTool(new McpSchema.CallToolRequest("get_execution_plan",
        Map.of("script_name", "team-runbook")));
    assertFalse(plan.isError());
    String md = ((McpSchema.TextContent) plan.content().get(0)).text();
    assertTrue(md.startsWith("# Execution plan: team-runbook") && md.contains("- `service` (required)"), md);
    McpSchema.CallToolResult unknown = client.callTool(new McpSchema.CallToolRequest("get_execution_plan",
        Map.of("script_name", "no-such-plan")));
    assertTrue(unknown.isError());
    assertTrue(((McpSchema.TextContent) unknown.content().get(0)).text().contains("lambda-timeout"), unknown.toString());
  }
}
