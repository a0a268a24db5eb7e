package dev.awsmcp.core.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.policy.ConsentAnswer;
import dev.awsmcp.api.policy.ConsentHandler;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.testing.MotoServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code call_aws} against a real moto server: batches, service errors, pages reported as progress, consent per call. */
class CallAwsToolTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  @TempDir static Path workdir;
  private static ToolDefinition callAws;

  @BeforeAll
  static void start() {
    Map<String, String> env = MotoServer.shared().clientEnvironment(workdir);
    AwsMcp engine = AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null).searchInstalledModels(false)
        .environment(env).workingDirectory(workdir).requireMutationConsent(true).build();
    callAws = AwsTools.definitions(engine).get(0);
  }

  private static ToolResult call(String json, ToolContext context) throws Exception {
    return callAws.call((ObjectNode) JSON.readTree(json), context);
  }

  /** Records what the tool reports, with a consent answer of the test's choosing. */
  private static final class Recorder implements ToolContext {
    final List<Double> progress = new CopyOnWriteArrayList<>();
    final List<String> messages = new CopyOnWriteArrayList<>();
    final ConsentAnswer answer;

    Recorder(ConsentAnswer answer) {
      this.answer = answer;
    }

    @Override
    public void progress(double done, OptionalDouble total, String message) {
      progress.add(done);
      messages.add(message);
    }

    @Override
    public Optional<ConsentHandler> consentHandler() {
      return Optional.of(request -> answer);
    }
  }

  @Test
  void aBatchAnswersOneItemPerCommandInOrderWithServiceErrorsAsItems() throws Exception {
    Recorder r = new Recorder(ConsentAnswer.DECLINED);
    ToolResult result = call("{\"cli_command\": [\"aws sts get-caller-identity\", \"aws iam get-user --user-name nobody-" + RUN
        + "\", \"aws s4 ls\"]}", r);
    assertFalse(result.isError(), result.json());
    JsonNode items = result.content().get("results");
    assertEquals(3, items.size());
    assertTrue(items.get(0).get("response").get("Account").isTextual(), "the answer is JSON, not a JSON string");
    assertEquals("NoSuchEntity", items.get(1).get("error").get("code").asText());
    assertEquals("UNKNOWN_SERVICE", items.get(2).get("error").get("code").asText());
    assertEquals(List.of(1.0, 2.0, 3.0), r.progress);
  }

  @Test
  void everyCommandRefusedMakesTheCallAnError() throws Exception {
    ToolResult result = call("{\"cli_command\": \"aws s3api list-buckets --debug\"}", ToolContext.NONE);
    assertTrue(result.isError(), result.json());
    assertEquals("policy", result.content().get("results").get(0).get("error").get("kind").asText());
  }

  @Test
  void eachPageIsReportedAsGrowingProgressAndMaxResultsLeavesAToken() throws Exception {
    for (int i = 0; i < 5; i++) {
      call("{\"cli_command\": \"aws logs create-log-group --log-group-name pager-" + RUN + "-" + i + "\"}", new Recorder(ConsentAnswer.APPROVED));
    }
    Recorder r = new Recorder(ConsentAnswer.DECLINED);
    ToolResult result = call("{\"cli_command\": \"aws logs describe-log-groups --log-group-name-prefix pager-" + RUN
        + " --page-size 1 --query logGroups[].logGroupName\","
        + " \"max_results\": 3}", r);
    JsonNode item = result.content().get("results").get(0);
    assertTrue(item.get("ok").asBoolean(), result.json());
    assertEquals(3, item.get("response").size(), result.json());
    assertTrue(item.has("paginationToken"), result.json());
    assertTrue(r.progress.size() >= 4, "one notification per page and one at the end: " + r.messages);
    for (int i = 1; i < r.progress.size(); i++) {
      assertTrue(r.progress.get(i) > r.progress.get(i - 1), "progress grows: " + r.progress);
    }
  }

  @Test
  void consentIsAskedThroughTheCallsContext() throws Exception {
    ToolResult declined = call("{\"cli_command\": \"aws sqs create-queue --queue-name no-" + RUN + "\"}",
        new Recorder(ConsentAnswer.DECLINED));
    assertEquals("CONSENT_DECLINED", declined.content().get("results").get(0).get("error").get("code").asText());
    ToolResult approved = call("{\"cli_command\": \"aws sqs create-queue --queue-name yes-" + RUN + "\"}",
        new Recorder(ConsentAnswer.APPROVED));
    assertTrue(approved.content().get("results").get(0).get("ok").asBoolean(), approved.json());
  }
}
