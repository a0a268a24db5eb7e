package dev.awsmcp.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.api.policy.ConsentAnswer;
import dev.awsmcp.api.policy.ConsentRequest;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.testing.MotoServer;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.service.AiServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An AiServices agent, driven by a scripted model, uses the engine's tools against moto. */
class AwsMcpToolProviderTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  interface Assistant {
    String chat(String message);
  }

  private AwsMcp engine() {
    return AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null).searchInstalledModels(false)
        .environment(Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing", "AWS_REGION", "us-east-1",
            "AWS_ENDPOINT_URL", MotoServer.shared().endpoint().toString(), "AWS_CONFIG_FILE", "/nonexistent",
            "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent", "REQUIRE_MUTATION_CONSENT", "true"))
        .workingDirectory(dir).build();
  }

  private static Assistant assistant(ScriptedChatModel model, AwsMcpToolProvider tools) {
    return AiServices.builder(Assistant.class).chatModel(model).toolProvider(tools).build();
  }

  @Test
  void theAgentSeesTheSameToolsAsTheMcpServer() {
    ScriptedChatModel model = new ScriptedChatModel(List.of(ScriptedChatModel.call("1", "call_aws",
        "{\"cli_command\":\"aws sts get-caller-identity\"}")));
    assistant(model, AwsMcpToolProvider.builder(engine()).build()).chat("who am I?");
    Map<String, ToolSpecification> byName = model.offered.stream().collect(Collectors.toMap(ToolSpecification::name, t -> t));
    assertEquals(List.of("call_aws", "get_execution_plan", "read_documentation", "recommend", "search_documentation",
        "suggest_aws_commands"),
        byName.keySet().stream().sorted().collect(Collectors.toList()));
    ToolSpecification call = byName.get("call_aws");
    assertTrue(call.description().contains("--starting-token"), call.description());
    assertTrue(call.parameters().properties().get("cli_command") instanceof JsonAnyOfSchema);
    assertEquals(List.of("cli_command"), call.parameters().required());
  }

  @Test
  void aReadRunsAndItsAnswerIsJsonForTheModel() throws Exception {
    ScriptedChatModel model = ReadAndServiceErrorScript.model();
    String answer = assistant(model, AwsMcpToolProvider.builder(engine()).build()).chat("who am I?");
    ReadAndServiceErrorScript.assertAnswered(model, answer);
  }

  @Test
  void aMutationRunsOnlyWhenTheApplicationsCallbackConsents() throws Exception {
    String approvedQueue = "lc4j-yes-" + UUID.randomUUID().toString().substring(0, 8);
    String declinedQueue = "lc4j-no-" + UUID.randomUUID().toString().substring(0, 8);
    List<ConsentRequest> asked = new CopyOnWriteArrayList<>();
    AwsMcpToolProvider tools = AwsMcpToolProvider.builder(engine()).consentHandler(r -> {
      asked.add(r);
      return r.commandLine().contains(approvedQueue) ? ConsentAnswer.APPROVED : ConsentAnswer.DECLINED;
    }).build();
    ScriptedChatModel model = new ScriptedChatModel(List.of(
        ScriptedChatModel.call("1", "call_aws", "{\"cli_command\":\"aws sqs create-queue --queue-name " + approvedQueue + "\"}"),
        ScriptedChatModel.call("2", "call_aws", "{\"cli_command\":\"aws sqs create-queue --queue-name " + declinedQueue + "\"}")));
    assistant(model, tools).chat("make two queues");
    assertEquals(2, asked.size());
    String all = String.join("\n", model.toolResults);
    assertTrue(all.contains("QueueUrl"), all);
    assertTrue(all.contains("CONSENT_DECLINED"), all);
    AwsMcp check = engine();
    String listed = check.call("aws sqs list-queues").response().orElseThrow().toString();
    assertTrue(listed.contains(approvedQueue), listed);
    assertFalse(listed.contains(declinedQueue), listed);
  }

  @Test
  void argumentsThatAreNotJsonGetAnErrorTheModelCanRead() throws Exception {
    ScriptedChatModel model = new ScriptedChatModel(List.of(ScriptedChatModel.call("1", "call_aws", "{not json")));
    assistant(model, AwsMcpToolProvider.builder(engine()).build()).chat("go");
    JsonNode error = JSON.readTree(model.toolResults.get(0)).get("error");
    assertEquals("INVALID_JSON", error.get("code").asText(), model.toolResults.get(0));
  }

  @Test
  void anExecutionPlanReachesTheModelAsMarkdown() {
    ScriptedChatModel model = new ScriptedChatModel(List.of(ScriptedChatModel.call("1", "get_execution_plan",
        "{\"script_name\":\"open-security-groups\"}")));
    assistant(model, AwsMcpToolProvider.builder(engine()).build()).chat("are my security groups open?");
    String plan = model.toolResults.get(0);
    assertTrue(plan.startsWith("# Execution plan: open-security-groups\n"), plan);
    assertTrue(plan.contains("aws ec2 describe-security-group-rules"), plan);
  }
}
