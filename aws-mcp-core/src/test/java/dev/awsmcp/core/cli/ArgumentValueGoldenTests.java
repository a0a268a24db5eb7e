package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.awsmcp.api.FileContent;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.ServiceModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases: each argument value was run through the real AWS CLI (awscli 1.45.11, botocore
 * 1.43.11) in-process — argparse, the {@code load-cli-arg} and {@code process-cli-arg} handlers,
 * the API call patched out — and the parameter it produced recorded in
 * {@code argument-value-golden.json}, with blobs as the base64 of their bytes and timestamps put
 * through botocore's {@code parse_to_aware_datetime}, as botocore serializes them. Where the CLI
 * (or botocore's validation) refuses a value the file holds its message, and the error code and
 * message fragment this engine reports instead.
 *
 * <p>The harness, for regenerating: patch {@code clidriver.CLIOperationCaller.invoke} to capture
 * {@code parameters}, make {@code CLIArgument.required} always false, run
 * {@code create_clidriver().main([service, operation, *extra, '--' + arg, *words])} in a folder
 * holding the {@code files}, and normalize blobs and timestamps as above.
 */
class ArgumentValueGoldenTests {
  private static final ObjectMapper JSON = JsonMapper.builder(
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()).build();

  static Stream<Arguments> cases() throws IOException {
    JsonNode doc;
    try (InputStream in = ArgumentValueGoldenTests.class.getResourceAsStream("argument-value-golden.json")) {
      doc = JSON.readTree(in);
    }
    Map<String, byte[]> files = new HashMap<>();
    doc.get("files").properties().forEach(e -> files.put(e.getKey(), Base64.getDecoder().decode(e.getValue().asText())));
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : doc.get("cases")) {
      List<String> words = new ArrayList<>();
      c.get("words").forEach(w -> words.add(w.asText()));
      String name = c.get("service").asText() + " " + c.get("operation").asText() + " --" + c.get("arg").asText()
          + " " + String.join(" ", words);
      out.add(Arguments.of(Named.of(name, c), files));
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readsTheValueAsTheCliDoes(JsonNode c, Map<String, byte[]> files) {
    ServiceModel service = ArgumentValueTestModels.service(c.get("model").asText());
    Member member = ArgumentValueTestModels.inputMember(service, c.get("apiOperation").asText(), c.get("member").asText());
    List<String> words = new ArrayList<>();
    c.get("words").forEach(w -> words.add(w.asText()));
    FileResolver resolver = path -> files.containsKey(path)
        ? FileContent.of(files.get(path))
        : FileContent.refused("[Errno 2] No such file or directory: '" + path + "'");
    ArgumentValueParser parser = new ArgumentValueParser(resolver, BinaryFormat.RAW);

    ValueResult result = parser.parse(
        ArgumentValueContext.of(service, c.get("operation").asText()), "--" + c.get("arg").asText(), member, words);

    if (c.has("expected")) {
      assertTrue(result.isSuccess(), () -> "CLI gave " + c.get("expected") + " but: " + result);
      if (c.path("jsonValueText").asBoolean()) {
        assertEquals(words.get(0), result.value().textValue(), "a JSON-value header keeps its text");
        assertEquals(c.get("expected"), readJson(result.value().textValue()));
      } else {
        assertEquals(c.get("expected"), result.value());
      }
    } else {
      assertNotNull(c.get("errorCode"), () -> "the CLI refused (" + c.get("cliError") + "); the case needs an errorCode");
      assertTrue(result.isError(), () -> "the CLI refused (" + c.get("cliError") + ") but we read " + result.value());
      CommandError error = result.error();
      assertEquals(c.get("errorCode").asText(), error.code().name(), error::message);
      assertEquals("--" + c.get("arg").asText(), error.parameter().orElseThrow());
      assertTrue(error.message().startsWith("Error parsing parameter '--" + c.get("arg").asText() + "': "), error::message);
      assertTrue(error.message().contains(c.get("errorContains").asText()),
          () -> "expected '" + c.get("errorContains").asText() + "' in: " + error.message());
    }
  }

  private static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
