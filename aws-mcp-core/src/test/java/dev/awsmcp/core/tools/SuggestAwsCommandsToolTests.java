package dev.awsmcp.core.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.suggest.OfflineCommandSuggester;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** suggest_aws_commands answers from the offline suggester, and refuses bad requests as the agent's to fix. */
class SuggestAwsCommandsToolTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aMissingOrBlankQueryIsRefusedWithoutTouchingTheSuggester() throws Exception {
    ToolDefinition tool = SuggestAwsCommandsTool.definition(() -> {
      throw new AssertionError("the suggester was asked");
    });
    assertTrue(tool.call((ObjectNode) JSON.readTree("{}"), ToolContext.NONE).isError());
    assertTrue(tool.call((ObjectNode) JSON.readTree("{\"query\": 42}"), ToolContext.NONE).isError());
    assertTrue(tool.call((ObjectNode) JSON.readTree("{\"query\": \"   \"}"), ToolContext.NONE).isError());
  }

  @Test
  void aRequestGetsCommandsWithTheirRequiredParameters() throws Exception {
    // The same cache folder as the suggest tests: the operations are embedded once per build.
    try (OfflineCommandSuggester suggester = OfflineCommandSuggester.start(TestEngines.botocore().cliServices(),
        Path.of("target", "suggest-index"), System.err)) {
      assertTrue(suggester.awaitSemantic(Duration.ofMinutes(10)));
      ToolDefinition tool = SuggestAwsCommandsTool.definition(() -> suggester);
      ToolResult r = tool.call((ObjectNode) JSON.readTree("{\"query\": \"list the objects in my S3 bucket\"}"), ToolContext.NONE);
      assertFalse(r.isError(), r.json());
      assertTrue(r.json().contains("aws s3api list-objects"), r.json());
      ToolResult tooLong = tool.call((ObjectNode) JSON.readTree("{\"query\": \"" + "s3 ".repeat(700) + "\"}"), ToolContext.NONE);
      assertTrue(tooLong.isError(), tooLong.json());
      assertEquals("QUERY_TOO_LONG", tooLong.content().get("error").get("code").asText(), tooLong.json());
    }
  }
}
