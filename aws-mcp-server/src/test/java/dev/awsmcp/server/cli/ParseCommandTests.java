package dev.awsmcp.server.cli;

import static dev.awsmcp.server.cli.InProcessCommandLine.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.server.cli.InProcessCommandLine.Run;
import org.junit.jupiter.api.Test;

/** The {@code parse} command per the command-line contract, run in-process. */
class ParseCommandTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void parsePrintsTheApiCall() throws Exception {
    Run r = run("", "parse", "aws ec2 describe-instances --instance-ids i-1 i-2 --region eu-west-1 --max-items 5");
    assertEquals(0, r.exit(), r.out());
    JsonNode json = JSON.readTree(r.out());
    assertEquals("ec2", json.get("service").asText());
    assertEquals("ec2", json.get("cliService").asText());
    assertEquals("DescribeInstances", json.get("operation").asText());
    assertEquals("eu-west-1", json.get("region").asText());
    assertEquals("[\"i-1\",\"i-2\"]", json.get("params").get("InstanceIds").toString());
    assertEquals(5, json.get("pagination").get("maxItems").asInt());
    assertTrue(json.get("readOnly").asBoolean());
    assertTrue(json.get("profile").isNull());
  }

  @Test
  void aRejectedCommandPrintsAnErrorAndExitsTwo() throws Exception {
    Run r = run("", "parse", "aws cloud9 describe-environment-status --evnironment-id 1");
    assertEquals(2, r.exit());
    JsonNode error = JSON.readTree(r.out()).get("error");
    assertEquals("validation", error.get("kind").asText());
    assertEquals("UNKNOWN_PARAMETER", error.get("code").asText());
    assertEquals("--environment-id", error.get("suggestions").get(0).asText());
  }

  @Test
  void parseDashReadsOneCommandPerLine() throws Exception {
    Run r = run("aws s3api list-buckets\naws s4 ls\naws sts get-caller-identity\n", "parse", "-");
    assertEquals(0, r.exit());
    String[] lines = r.out().trim().split("\n");
    assertEquals(3, lines.length);
    assertEquals("ListBuckets", JSON.readTree(lines[0]).get("operation").asText());
    assertEquals("UNKNOWN_SERVICE", JSON.readTree(lines[1]).get("error").get("code").asText());
    assertEquals("GetCallerIdentity", JSON.readTree(lines[2]).get("operation").asText());
  }

  @Test
  void modelsListsSourcesAndCounts() throws Exception {
    Run r = run("", "models");
    assertEquals(0, r.exit());
    JsonNode json = JSON.readTree(r.out());
    assertTrue(json.get("serviceCount").asInt() > 400, r.out());
    assertTrue(json.get("operationCount").asInt() > 15000, r.out());
    assertEquals("botocore", json.get("sources").get(json.get("sources").size() - 1).get("kind").asText());
  }

  @Test
  void modelsClassificationCountsEveryOperationByClass() throws Exception {
    Run r = run("", "models", "--classification");
    assertEquals(0, r.exit());
    JsonNode json = JSON.readTree(r.out());
    JsonNode classes = json.get("classification");
    int sum = classes.get("read-only").asInt() + classes.get("sensitive-read").asInt() + classes.get("mutating").asInt();
    assertEquals(json.get("operationCount").asInt(), sum, r.out());
    assertTrue(classes.get("sensitive-read").asInt() > 10, r.out());
  }
}
