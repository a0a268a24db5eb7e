package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference server's documented outcomes (REFERENCE.md §3), as data. */
class ReferenceCasesTests {

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = ReferenceCasesTests.class.getResourceAsStream("/cases/reference-cases.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 3);
        out.add(Arguments.of(cols[0], cols[1], cols[2]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("cases")
  void commandHasTheReferenceOutcome(String expected, String detail, String command) {
    AwsMcp engine = TestEngines.botocore();
    ParseResult result = engine.parseAndValidate(command);
    if (expected.equals("ok")) {
      assertTrue(result.isSuccess(), () -> "expected success, got " + result.errors());
      ParsedCommand c = result.command();
      assertEquals(detail, c.service() + "." + c.operation() + "@" + c.region());
    } else {
      assertTrue(!result.isSuccess(), () -> "expected " + expected + ", got " + result);
      assertEquals(expected, result.errors().get(0).code().name(), () -> result.errors().toString());
      assertEquals(detail, result.errors().get(0).kind().wireName());
    }
  }
}
