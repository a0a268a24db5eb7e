package dev.awsmcp.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every document of tools/output/golden.py in every format with what the real AWS CLI
 * printed. Known differences are listed with their reason and must stay differences (a fixed one
 * fails, so the list stays honest); everything else must match byte for byte, and at least 99%
 * of all renderings must.
 */
class OutputRendererGoldenTests {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  /** name/format: why our output differs from the CLI's. */
  static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

  private static int total;
  private static int matched;

  static Stream<Arguments> renderings() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        OutputRendererGoldenTests.class.getResourceAsStream("/golden/output/formats.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode c = JSON.readTree(line);
        for (String format : List.of("json", "text", "table", "yaml", "yaml-stream")) {
          out.add(Arguments.of(Named.of(c.get("name").asText() + " / " + format, c), format));
        }
      }
    }
    assertTrue(out.size() >= 200, "renderings: " + out.size());
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void rendersLikeTheAwsCli(JsonNode c, String format) throws IOException {
    JsonNode document = JSON.readTree(c.get("document").asText());
    if (document.isObject() && document.has("ResponseMetadata")) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) document).remove("ResponseMetadata");
    }
    JsonNode expected = c.get("outputs").get(format);
    String actual;
    try {
      actual = OutputRenderer.render(OutputFormat.fromCliName(format), c.get("operation").asText(), document);
    } catch (UnrenderableOutputException e) {
      actual = "error";
    }
    String key = c.get("name").asText() + "/" + format;
    String wanted = expected.isObject() ? "error" : expected.asText();
    total++;
    if (KNOWN_DIFFERENCES.containsKey(key)) {
      assertTrue(!wanted.equals(actual), key + " is listed as a known difference but now matches");
      return;
    }
    assertEquals(wanted, actual, key);
    matched++;
  }

  @AfterAll
  static void atLeastNinetyNinePercentMatch() {
    if (total > 0) {
      assertTrue(matched * 100 >= total * 99, matched + " of " + total + " renderings match");
    }
  }
}
