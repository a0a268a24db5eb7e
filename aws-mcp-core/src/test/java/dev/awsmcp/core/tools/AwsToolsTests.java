package dev.awsmcp.core.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.AwsMcp;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tool definitions themselves: names, budget, hints, and arguments refused before any engine is built. */
class AwsToolsTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  // An engine that must not be built: definitions and argument checks need none.
  private static final List<ToolDefinition> TOOLS = AwsTools.definitions(() -> {
    throw new AssertionError("the engine was built");
  }, false);

  private static ToolDefinition tool(String name) {
    return TOOLS.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static ObjectNode args(String json) throws Exception {
    return (ObjectNode) JSON.readTree(json);
  }

  @Test
  void theToolsAreCallAwsSuggestTheThreeDocumentationToolsAndExecutionPlans() {
    assertEquals(List.of("call_aws", "suggest_aws_commands", "search_documentation", "read_documentation", "recommend",
        "get_execution_plan"), TOOLS.stream().map(ToolDefinition::name).collect(Collectors.toList()));
    assertEquals(List.of("call_aws", "suggest_aws_commands", "search_documentation", "read_documentation", "recommend"),
        AwsTools.definitions(() -> null, false, false).stream().map(ToolDefinition::name).collect(Collectors.toList()));
  }

  @Test
  void descriptionsAndInputSchemasStayWithinTheTokenBudget() {
    int tokens = ToolTokens.estimate(TOOLS);
    System.err.println("tool definitions: ~" + tokens + " tokens (" + TOOLS.stream()
        .map(t -> t.name() + " " + ToolTokens.estimate(t)).collect(Collectors.joining(", ")) + ")");
    assertTrue(tokens <= ToolTokens.BUDGET, "tool descriptions and input schemas cost ~" + tokens + " tokens");
  }

  @Test
  void callAwsTellsTheAgentWhatItMustKnow() {
    String d = tool("call_aws").description();
    for (String needed : List.of("One command per string", "Quote values", "No shell operators", "--starting-token",
        "paginationToken")) {
      assertTrue(d.contains(needed), "the description should say: " + needed);
    }
  }

  @Test
  void callAwsIsMarkedReadOnlyExactlyInReadOnlyMode() {
    ToolAnnotations open = tool("call_aws").annotations();
    assertFalse(open.readOnly());
    assertTrue(open.destructive());
    ToolAnnotations closed = AwsTools.definitions(() -> null, true).get(0).annotations();
    assertTrue(closed.readOnly());
    assertFalse(closed.destructive());
    assertTrue(tool("get_execution_plan").annotations().readOnly());
    for (String docs : List.of("search_documentation", "read_documentation", "recommend")) {
      assertTrue(tool(docs).annotations().readOnly(), docs);
      assertTrue(tool(docs).outputSchema().isPresent(), docs);
    }
  }

  @Test
  void badArgumentsAreErrorResultsNamingTheArgument() throws Exception {
    for (String bad : List.of("{}", "{\"cli_command\": 3}", "{\"cli_command\": []}", "{\"cli_command\": \"  \"}",
        "{\"cli_command\": [\"aws s3api list-buckets\", 4]}", "{\"cli_command\": \"aws sts get-caller-identity\", \"max_results\": 0}",
        "{\"cli_command\": \"aws sts get-caller-identity\", \"max_results\": 1.5}",
        "{\"cli_command\": \"aws sts get-caller-identity\", \"region\": \"us-east-1\"}")) {
      ToolResult r = tool("call_aws").call(args(bad), ToolContext.NONE);
      assertTrue(r.isError(), bad);
      String message = r.content().path("error").path("message").asText();
      assertTrue(message.startsWith("argument '"), bad + " -> " + message);
    }
    StringBuilder many = new StringBuilder("{\"cli_command\": [");
    for (int i = 0; i < 21; i++) {
      many.append(i == 0 ? "" : ",").append("\"aws sts get-caller-identity\"");
    }
    ToolResult tooMany = tool("call_aws").call(args(many + "]}"), ToolContext.NONE);
    assertTrue(tooMany.content().path("error").path("message").asText().contains("1 to 20"), tooMany.json());
    assertTrue(tool("read_documentation").call(args("{\"url\": \"x\", \"max_length\": 0}"), ToolContext.NONE).isError());
    assertTrue(tool("search_documentation").call(args("{\"limit\": 5}"), ToolContext.NONE).isError());
    assertTrue(tool("recommend").call(null, null).isError());
    assertTrue(tool("get_execution_plan").call(args("{\"script_name\": 7}"), ToolContext.NONE).isError());
  }

  @Test
  void aFailingEngineIsAnErrorResultNotAnException() throws Exception {
    ToolDefinition failing = AwsTools.definitions(() -> {
      throw new IllegalStateException("no models");
    }, false).get(0);
    ToolResult r = failing.call(args("{\"cli_command\": \"aws sts get-caller-identity\"}"), ToolContext.NONE);
    assertTrue(r.isError());
    assertTrue(r.json().contains("no models"), r.json());
  }

  @Test
  void definitionsAreImmutableAndNamesAreChecked() {
    ToolDefinition d = tool("call_aws");
    d.inputSchema().put("type", "changed");
    assertEquals("object", d.inputSchema().path("type").asText());
    assertThrows(IllegalArgumentException.class, () -> new ToolDefinition("call aws", "", JSON.createObjectNode(),
        Optional.empty(), ToolAnnotations.outsideRead(), (a, c) -> null));
    ToolResult none = new ToolDefinition("t", "", JSON.createObjectNode(), Optional.empty(), ToolAnnotations.outsideRead(),
        (a, c) -> null).call(JSON.createObjectNode(), ToolContext.NONE);
    assertTrue(none.isError());
  }

  @Test
  void aBuiltEngineAnnotatesByItsOwnSetting() {
    AwsMcp engine = AwsMcp.builder().modelPath(dev.awsmcp.core.TestEngines.botocoreData()).modelClassLoader(null)
        .searchInstalledModels(false).readOnly(true).build();
    assertTrue(AwsTools.definitions(engine).get(0).annotations().readOnly());
  }
}
