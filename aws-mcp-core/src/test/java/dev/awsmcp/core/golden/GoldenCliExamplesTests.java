package dev.awsmcp.core.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The differential test against the real AWS CLI: every example command line of the installed
 * CLI's documentation that the CLI accepts must give the same service, operation and API input
 * from our parser. The validator is stricter than the CLI on purpose (patterns, enums: the CLI
 * leaves those to AWS), so its findings on the examples are counted and printed, not compared. The reference comes from {@code tools/golden/cli_reference.py}; differences
 * are written to {@code target/golden-differences.txt} and explained in
 * {@code docs/golden-differences.md}.
 */
class GoldenCliExamplesTests {
  /** The agreement the issue requires; measured agreement is printed by the test. */
  private static final double REQUIRED_AGREEMENT = 0.99;
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void parserAgreesWithTheRealCliOnItsOwnExamples() throws IOException {
    AwsMcp engine = TestEngines.botocore();
    int compared = 0;
    List<String> differences = new ArrayList<>();
    Map<String, Integer> validatorFindings = new java.util.TreeMap<>();
    try (InputStream in = GoldenCliExamplesTests.class.getResourceAsStream("/golden/cli-examples.jsonl");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode row = JSON.readTree(line);
        if (!row.path("status").asText().equals("ok")) {
          continue;
        }
        compared++;
        String difference = compare(engine, row);
        if (difference == null) {
          ParseResult validated = engine.parseAndValidate(row.path("command").asText());
          if (!validated.isSuccess()) {
            validatorFindings.merge(validated.errors().get(0).code().name(), 1, Integer::sum);
          }
        }
        if (difference != null) {
          differences.add(row.path("id").asText() + "\t" + difference + "\t" + row.path("command").asText());
        }
      }
    }
    Path report = Paths.get("target", "golden-differences.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, differences, StandardCharsets.UTF_8);
    double agreement = 1.0 - (double) differences.size() / compared;
    System.out.printf("golden: %d of %d CLI-accepted example commands agree (%.2f%%); differences in %s%n",
        compared - differences.size(), compared, agreement * 100, report.toAbsolutePath());
    System.out.println("golden: validator findings on CLI-accepted examples (placeholder values, case): " + validatorFindings);
    assertTrue(compared > 5000, "too few golden commands: " + compared);
    assertTrue(agreement >= REQUIRED_AGREEMENT, String.format("agreement %.2f%% below %.0f%%; first differences:%n%s",
        agreement * 100, REQUIRED_AGREEMENT * 100, String.join("\n", differences.subList(0, Math.min(30, differences.size())))));
  }

  private static String compare(AwsMcp engine, JsonNode row) {
    ParseResult result = engine.commandParser().parse(row.path("command").asText());
    if (!result.isSuccess()) {
      return "rejected: " + result.errors().get(0).code() + " " + result.errors().get(0).message();
    }
    ParsedCommand c = result.command();
    if (c.kind() != CommandKind.OPERATION) {
      return "kind " + c.kind();
    }
    if (!c.service().equals(row.path("service").asText()) || !c.operation().equals(row.path("operation").asText())) {
      return "operation " + c.service() + "." + c.operation() + " != " + row.path("service").asText() + "." + row.path("operation").asText();
    }
    JsonNode expected = normalize(row.path("params"));
    JsonNode actual = normalize(c.params());
    if (!expected.equals(actual)) {
      return "params " + actual + " != " + expected;
    }
    if (row.hasNonNull("region") && c.globalOptions().containsKey("--region") && !c.region().equals(row.path("region").asText())) {
      return "region " + c.region() + " != " + row.path("region").asText();
    }
    JsonNode pagination = row.path("pagination");
    for (String key : new String[] {"startingToken", "pageSize", "maxItems"}) {
      String ours = key.equals("startingToken") ? c.pagination().startingToken().orElse(null)
          : key.equals("pageSize") ? (c.pagination().pageSize().isPresent() ? String.valueOf(c.pagination().pageSize().getAsInt()) : null)
          : (c.pagination().maxItems().isPresent() ? String.valueOf(c.pagination().maxItems().getAsInt()) : null);
      String theirs = pagination.hasNonNull(key) ? pagination.get(key).asText() : null;
      if (ours == null ? theirs != null : !ours.equals(theirs)) {
        return "pagination " + key + " " + ours + " != " + theirs;
      }
    }
    return null;
  }

  // The CLI's generated references (CallerReference "cli-<epoch>-<n>"), recorded as "<prefix>-$UNIQUE".
  private static final Pattern UNIQUE = Pattern.compile("-(\\$UNIQUE|\\d{9,}-\\d{1,7})$");

  // Timestamps compare as instants; a streaming file compares as its path; generated references
  // compare by prefix.
  private static JsonNode normalize(JsonNode node) {
    if (node.isObject()) {
      if (node.size() == 1 && node.has("$file")) {
        return node.get("$file");
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), normalize(e.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> out.add(normalize(n)));
      return out;
    }
    if (node.isTextual() && UNIQUE.matcher(node.textValue()).find()) {
      return JsonNodeFactory.instance.textNode(UNIQUE.matcher(node.textValue()).replaceFirst("-\\$UNIQUE"));
    }
    if (node.isTextual() && TIMESTAMP.matcher(node.textValue()).matches()) {
      try {
        return JsonNodeFactory.instance.textNode(Instant.parse(node.textValue()).toString());
      } catch (DateTimeParseException e) {
        return node;
      }
    }
    if (node.isNumber()) {
      return node.isIntegralNumber() ? JsonNodeFactory.instance.numberNode(node.longValue()) : JsonNodeFactory.instance.numberNode(node.doubleValue());
    }
    return node;
  }
}
