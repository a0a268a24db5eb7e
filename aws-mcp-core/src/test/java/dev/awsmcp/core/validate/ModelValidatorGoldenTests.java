package dev.awsmcp.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.ValidationReport;
import dev.awsmcp.api.error.CommandError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases in {@code model-validator-cases.json}: a command's input against the installed
 * botocore models, and the errors expected, in order. An expected error names its code and, when
 * it matters, its kind, parameter, a fragment of its message and its first suggestions.
 */
class ModelValidatorGoldenTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ModelValidator VALIDATOR = new ModelValidator(BotocoreCatalog.get());

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = ModelValidatorGoldenTests.class.getResourceAsStream("model-validator-cases.json")) {
      List<Arguments> out = new ArrayList<>();
      for (JsonNode c : JSON.readTree(in)) {
        out.add(Arguments.of(c.get("name").asText(), c));
      }
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseGivesTheExpectedErrors(String name, JsonNode c) {
    String[] api = c.get("api").asText().split("\\.");
    ValidationReport report = VALIDATOR.validate(
        BotocoreCatalog.command(api[0], api[1], c.get("cli").asText(), (ObjectNode) c.get("params")));
    List<CommandError> errors = report.errors();
    JsonNode expected = c.get("errors");
    assertEquals(expected.size(), errors.size(), () -> "errors: " + errors);
    for (int i = 0; i < expected.size(); i++) {
      JsonNode want = expected.get(i);
      CommandError got = errors.get(i);
      String where = "error " + i + ": " + got;
      assertEquals(want.get("code").asText(), got.code().name(), where);
      if (want.has("kind")) {
        assertEquals(want.get("kind").asText(), got.kind().wireName(), where);
      }
      if (want.has("parameter")) {
        assertEquals(want.get("parameter").asText(), got.parameter().orElse(null), where);
      }
      if (want.has("message")) {
        assertTrue(got.message().contains(want.get("message").asText()), where);
      }
      if (want.has("suggestions")) {
        List<String> first = new ArrayList<>();
        want.get("suggestions").forEach(s -> first.add(s.asText()));
        assertTrue(got.suggestions().size() >= first.size(), where);
        assertEquals(first, got.suggestions().subList(0, first.size()), where);
      }
    }
  }
}
