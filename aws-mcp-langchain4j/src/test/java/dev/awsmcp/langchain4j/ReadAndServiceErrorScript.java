package dev.awsmcp.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * One agent turn both LangChain4j routes (in-process and through MCP) must answer alike: a batch
 * with a read and a command AWS refuses, whose service error the model reads as an answer.
 */
final class ReadAndServiceErrorScript {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReadAndServiceErrorScript() {}

  static ScriptedChatModel model() {
    return new ScriptedChatModel(List.of(ScriptedChatModel.call("1", "call_aws",
        "{\"cli_command\":[\"aws sts get-caller-identity\",\"aws sqs get-queue-url --queue-name no-such-queue\"]}")));
  }

  static void assertAnswered(ScriptedChatModel model, String answer) throws Exception {
    assertEquals("done: 1 tool results", answer);
    JsonNode results = JSON.readTree(model.toolResults.get(0)).get("results");
    assertEquals("123456789012", results.get(0).get("response").get("Account").asText(), model.toolResults.get(0));
    // A service error is an answer the model can read, not an exception.
    assertFalse(results.get(1).get("ok").asBoolean());
    assertTrue(results.get(1).get("error").get("code").asText().contains("NonExistentQueue"), results.get(1).toString());
  }
}
