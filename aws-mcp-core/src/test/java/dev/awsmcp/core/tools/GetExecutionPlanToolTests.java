package dev.awsmcp.core.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.plans.ExecutionPlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** get_execution_plan over a built engine with a user directory: the catalogue, a plan, unknown names, bad arguments. */
class GetExecutionPlanToolTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private ToolDefinition tool(AwsMcp.Builder builder) {
    return AwsTools.definitions(builder.build()).stream().filter(t -> t.name().equals("get_execution_plan")).findFirst()
        .orElseThrow();
  }

  private AwsMcp.Builder engine() {
    return AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null).searchInstalledModels(false)
        .environment(Map.of("AWS_CONFIG_FILE", "/nonexistent")).executionPlansDirectory(dir);
  }

  private static ToolResult call(ToolDefinition tool, String json) throws Exception {
    return tool.call((ObjectNode) JSON.readTree(json), ToolContext.NONE);
  }

  @Test
  void theDescriptionNamesTheBuiltInPlansAndTheToolOnlyReads() {
    ToolDefinition t = tool(engine());
    for (String name : ExecutionPlans.builtInNames()) {
      assertTrue(t.description().contains(name), name);
    }
    assertEquals(new ToolAnnotations(true, false, true, false), t.annotations());
    assertEquals(Optional.empty(), t.outputSchema());
    assertEquals(List.of(), List.copyOf(iterable(t.inputSchema().path("required"))));
  }

  private static List<String> iterable(com.fasterxml.jackson.databind.JsonNode n) {
    return n.isMissingNode() ? List.of() : JSON.convertValue(n, List.class);
  }

  @Test
  void withoutANameItAnswersTheCatalogueWithTheUsersPlansAndProblems() throws Exception {
    Files.writeString(dir.resolve("deploy-check.md"), "---\ndescription: Check a deployment\n---\nRun `aws sts get-caller-identity`.\n");
    Files.writeString(dir.resolve("broken.md"), "no front matter here");
    ToolResult r = call(tool(engine()), "{}");
    assertFalse(r.isError());
    String md = r.text();
    assertTrue(md.contains("- `lambda-timeout`: "), md);
    assertTrue(md.contains("- `deploy-check`: Check a deployment (user's plan)"), md);
    assertTrue(md.contains("broken.md skipped: it does not start with a front matter"), md);
    assertEquals(ExecutionPlans.builtInNames().size() + 1, r.content().get("plans").size());
    assertEquals(1, r.content().get("skipped").size());
    assertEquals(md, call(tool(engine()), "{\"script_name\": null}").text());
  }

  @Test
  void aNameAnswersThePlanAsMarkdownAndItsPartsAsJson() throws Exception {
    ToolDefinition t = tool(engine());
    ToolResult r = call(t, "{\"script_name\": \"lambda-timeout\"}");
    assertFalse(r.isError());
    assertTrue(r.text().startsWith("# Execution plan: lambda-timeout\n"), r.text());
    assertTrue(r.text().contains("- `function_name` (required)"), r.text());
    assertTrue(r.text().contains("aws lambda get-function-configuration --function-name <function_name>"), r.text());
    assertEquals("function_name", r.content().get("parameters").get(0).get("name").asText());
    assertTrue(r.content().get("parameters").get(0).get("required").asBoolean());
    assertTrue(r.content().get("builtIn").asBoolean());
    // Written as an agent may copy it from a listing or a file name.
    assertEquals(r.text(), call(t, "{\"script_name\": \" Lambda-Timeout.md \"}").text());
  }

  @Test
  void aUserPlanReplacesTheBuiltInOneOfTheSameName() throws Exception {
    Files.writeString(dir.resolve("lambda-timeout.md"), "---\ndescription: Our runbook\n---\nAsk the on-call engineer.\n");
    ToolResult r = call(tool(engine()), "{\"script_name\": \"lambda-timeout\"}");
    assertTrue(r.text().contains("Our runbook") && r.text().contains("Ask the on-call engineer."), r.text());
    assertFalse(r.content().get("builtIn").asBoolean());
  }

  @Test
  void anUnknownNameIsAnErrorListingThePlans() throws Exception {
    ToolResult r = call(tool(engine()), "{\"script_name\": \"fix-everything\"}");
    assertTrue(r.isError());
    assertEquals("INVALID_CHOICE", r.content().get("error").get("code").asText());
    String message = r.content().get("error").get("message").asText();
    assertTrue(message.contains("no execution plan is named 'fix-everything'"), message);
    for (String name : ExecutionPlans.builtInNames()) {
      assertTrue(message.contains(name), message);
    }
    assertEquals(ExecutionPlans.builtInNames().size(), r.content().get("plans").size());
    assertEquals(r.json(), r.text(), "an error is read as JSON, as every tool's");
  }

  @Test
  void badArgumentsAreErrorsNamingTheArgument() throws Exception {
    ToolDefinition t = tool(engine());
    for (String bad : List.of("{\"script_name\": 3}", "{\"script_name\": \" \"}", "{\"name\": \"lambda-timeout\"}")) {
      ToolResult r = call(t, bad);
      assertTrue(r.isError(), bad);
      assertTrue(r.content().get("error").get("message").asText().startsWith("argument '"), r.json());
    }
  }

  @Test
  void turnedOffTheToolIsNotOffered() {
    assertTrue(AwsTools.definitions(engine().executionPlans(false).build()).stream()
        .noneMatch(t -> t.name().equals("get_execution_plan")));
    assertTrue(AwsTools.definitions(engine().environment(Map.of("EXPERIMENTAL_AGENT_SCRIPTS", "false")).build()).stream()
        .noneMatch(t -> t.name().equals("get_execution_plan")));
  }
}
