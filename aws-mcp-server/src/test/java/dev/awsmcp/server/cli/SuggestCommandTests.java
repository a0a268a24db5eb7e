package dev.awsmcp.server.cli;

import static dev.awsmcp.server.cli.InProcessCommandLine.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.server.cli.InProcessCommandLine.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@code suggest} command per the command-line contract, run in-process. */
class SuggestCommandTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  // The core tests' index: the operations are embedded once per build, not once per module.
  private static final String CACHE = Path.of("..", "aws-mcp-core", "target", "suggest-index").toString();

  @Test
  void suggestPrintsCommandsWithScoresDescriptionsAndRequiredParameters() throws Exception {
    Run r = run("", "suggest", "--cache-dir", CACHE, "--limit", "3", "stop ec2 instances");
    assertEquals(0, r.exit(), r.out());
    JsonNode json = JSON.readTree(r.out());
    assertEquals("stop ec2 instances", json.get("query").asText());
    assertTrue(json.get("semanticReady").asBoolean());
    JsonNode suggestions = json.get("suggestions");
    assertEquals(3, suggestions.size());
    JsonNode stop = null;
    for (JsonNode s : suggestions) {
      assertTrue(s.get("command").asText().startsWith("aws "), s.toString());
      assertTrue(s.get("score").asDouble() > 0 && s.get("score").asDouble() <= 1, s.toString());
      if (s.get("command").asText().equals("aws ec2 stop-instances")) {
        stop = s;
      }
    }
    assertTrue(stop != null, r.out());
    assertEquals("--instance-ids", stop.get("requiredParameters").get(0).get("name").asText());
    assertEquals("list<string>", stop.get("requiredParameters").get(0).get("type").asText());
    assertTrue(stop.get("description").asText().startsWith("Stops"), stop.toString());
  }

  @Test
  void suggestDashReadsOneRequestPerLineAndReportsBadOnesAsErrors() throws Exception {
    Run r = run("list my dynamodb tables\n\n", "suggest", "--cache-dir", CACHE, "-");
    assertEquals(0, r.exit());
    String[] lines = r.out().trim().split("\n");
    assertEquals(2, lines.length, r.out());
    assertEquals(5, JSON.readTree(lines[0]).get("suggestions").size());
    assertEquals("EMPTY_QUERY", JSON.readTree(lines[1]).get("error").get("code").asText());
  }

  @Test
  void aTooLongRequestIsRefusedWithExitTwo() throws Exception {
    Run r = run("", "suggest", "--cache-dir", CACHE, "--wait", "0", "x".repeat(2_001));
    assertEquals(2, r.exit());
    assertEquals("QUERY_TOO_LONG", JSON.readTree(r.out()).get("error").get("code").asText());
  }
}
