package dev.awsmcp.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.json.ParsedCommandJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.ServiceModel;
import org.junit.jupiter.api.Test;

/**
 * The two model loaders, end to end: every dynamodb and sqs example command (accepted or not)
 * gives the same parse and validation result from botocore data as from the Smithy model jars
 * on the test classpath ({@code software.amazon.api.models:dynamodb} and {@code :sqs}).
 *
 * <p>One real difference between the sources is allowed, and pinned so it cannot grow: which
 * dynamodb operations page. botocore's {@code paginators-1.json} pages ListBackups and
 * ListTagsOfResource, which the Smithy model does not mark {@code @paginated}; the Smithy model
 * pages ListContributorInsights, ListExports and ListImports, which botocore does not. Where a
 * source has no paginator the CLI has no {@code --starting-token}, {@code --page-size} or
 * {@code --max-items}, so commands using them are left out and the rest are compared without
 * their pagination block.
 */
class SmithyAndBotocoreParsersAgreeTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> PAGINATED_IN_ONE_SOURCE = Set.of(
      "dynamodb ListBackups", "dynamodb ListTagsOfResource",
      "dynamodb ListContributorInsights", "dynamodb ListExports", "dynamodb ListImports");

  @Test
  void dynamodbAndSqsCommandsParseIdenticallyFromBothSources() throws IOException {
    AwsMcp botocore = TestEngines.botocore();
    AwsMcp smithy = AwsMcp.builder()
        .modelClassLoader(SmithyAndBotocoreParsersAgreeTests.class.getClassLoader())
        .searchInstalledModels(false)
        .environment(Map.of("AWS_CONFIG_FILE", "/nonexistent"))
        .build();
    assertEquals("smithy", smithy.catalog().sourceOf("dynamodb").orElseThrow().kind());
    assertEquals("smithy", smithy.catalog().sourceOf("sqs").orElseThrow().kind());
    List<String> commands = exampleCommands("dynamodb", "sqs");
    commands.add("aws dynamodb get-item --table-name T --key '{\"id\": {\"S\": \"1\"}}' --consistent-read");
    commands.add("aws dynamodb scan --table-name T --max-items 10 --page-size 5");
    commands.add("aws dynamodb query --table-name T --key-condition-expression 'id = :v' --select SPECIFIC_ATTRIBUTE");
    commands.add("aws dynamodb describe-table");
    commands.add("aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/1/q --message-body hi --delay-seconds 5");
    commands.add("aws sqs receive-message --queue-url q --attribute-names All --max-number-of-messages 20");
    commands.add("aws sqs get-queue-attributes --queue-url q --attribute-names Policy Bogus");
    assertTrue(commands.size() > 60, "too few commands: " + commands.size());
    assertEquals(PAGINATED_IN_ONE_SOURCE, paginatorsDiffer(botocore, smithy));
    List<String> differences = new ArrayList<>();
    for (String command : commands) {
      JsonNode a = describe(botocore, command);
      JsonNode b = describe(smithy, command);
      if (a.has("operation") && PAGINATED_IN_ONE_SOURCE.contains(a.get("service").asText() + " " + a.get("operation").asText())) {
        if (command.matches(".*--(starting-token|page-size|max-items).*")) {
          continue;
        }
        ((ObjectNode) a).remove("pagination");
        ((ObjectNode) b).remove("pagination");
      }
      if (!a.equals(b)) {
        differences.add(command + "\n  botocore: " + a + "\n  smithy:   " + b);
      }
    }
    assertTrue(differences.isEmpty(), differences.size() + " of " + commands.size() + " differ:\n" + String.join("\n", differences));
  }

  private static Set<String> paginatorsDiffer(AwsMcp first, AwsMcp second) {
    Set<String> out = new TreeSet<>();
    for (String service : List.of("dynamodb", "sqs")) {
      ServiceModel a = first.catalog().load(service).orElseThrow();
      ServiceModel b = second.catalog().load(service).orElseThrow();
      // The jar may be newer than botocore (dynamodb 1.0.14 adds SearchVectors), never older.
      assertTrue(b.operations().keySet().containsAll(a.operations().keySet()), service + ": the Smithy model lacks operations");
      for (String op : a.operations().keySet()) {
        if (a.paginator(op).isPresent() != b.paginator(op).isPresent()) {
          out.add(service + " " + op);
        }
      }
    }
    return out;
  }

  private static JsonNode describe(AwsMcp engine, String command) {
    ParseResult r = engine.parseAndValidate(command);
    return r.isSuccess() ? ParsedCommandJson.command(r.command(), engine.isReadOnly(r.command())) : ParsedCommandJson.errors(r.errors());
  }

  private static List<String> exampleCommands(String... services) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = SmithyAndBotocoreParsersAgreeTests.class.getResourceAsStream("/golden/cli-examples.jsonl");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode row = JSON.readTree(line);
        String command = row.path("command").asText();
        for (String s : services) {
          if (command.startsWith("aws " + s + " ")) {
            out.add(command);
          }
        }
      }
    }
    return out;
  }
}
