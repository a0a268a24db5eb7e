package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.api.FileContent;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShorthandParserTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FileResolver NO_FILES = path -> FileContent.refused("no files in this test");

  /**
   * {@code shorthand-golden.json}: inputs and what awscli 1.45.11's {@code ShorthandParser} made of
   * them (JSON, or {@code ERROR <message>}).
   */
  static Stream<Arguments> golden() throws IOException {
    JsonNode doc;
    try (InputStream in = ShorthandParserTests.class.getResourceAsStream("shorthand-golden.json")) {
      doc = JSON.readTree(in);
    }
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : doc.get("cases")) {
      out.add(Arguments.of(Named.of(JSON.writeValueAsString(c.get(0)), c.get(0).asText()), c.get(1).asText()));
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("golden")
  void parsesAsTheCliDoes(String input, String expected) throws IOException {
    ValueResult result = new ShorthandParser(NO_FILES).parse(input);
    if (expected.startsWith("ERROR ")) {
      assertTrue(result.isError(), () -> "the CLI refused this, we read " + result.value());
      assertEquals(ErrorCode.INVALID_SHORTHAND, result.error().code());
      assertEquals(expected.substring("ERROR ".length()), result.error().message());
      assertTrue(result.error().parameter().isEmpty());
    } else {
      assertTrue(result.isSuccess(), () -> "the CLI read " + expected + ", we failed: " + result);
      assertEquals(JSON.readTree(expected), result.value());
    }
  }

  @Test
  void atEqualsLoadsFilesThroughTheResolverAndKeepsOtherValues() {
    FileResolver files = path -> switch (path) {
      case "a.txt" -> FileContent.of("text".getBytes(StandardCharsets.UTF_8));
      case "b.bin" -> FileContent.of(new byte[] {0, 1, 2});
      default -> FileContent.refused("no such file: " + path);
    };
    ShorthandParser parser = new ShorthandParser(files);

    JsonNode v = parser.parse("A@=file://a.txt,B@=fileb://b.bin,C@=plain,D=file://a.txt,E@=[file://a.txt,x]").value();

    assertEquals("text", v.get("A").textValue());
    assertTrue(v.get("B").isBinary());
    assertEquals("plain", v.get("C").textValue());
    assertEquals("file://a.txt", v.get("D").textValue(), "without @ a file:// value is literal");
    assertEquals("text", v.get("E").get(0).textValue());
  }

  @Test
  void aFileThatCannotBeReadIsAFileError() {
    CommandError e = new ShorthandParser(NO_FILES).parse("Name@=file://secret").error();

    assertEquals(ErrorCode.FILE_ERROR, e.code());
    assertEquals("Unable to load paramfile file://secret: no files in this test", e.message());
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    ShorthandParser parser = new ShorthandParser(NO_FILES);
    String ok = "a=" + "[".repeat(64) + "]".repeat(64);
    String deep = "a=" + "[".repeat(65) + "]".repeat(65);

    assertTrue(parser.parse(ok).isSuccess());
    CommandError e = parser.parse(deep).error();
    assertEquals(ErrorCode.INVALID_SHORTHAND, e.code());
    assertTrue(e.message().startsWith("Shorthand value nested deeper than 64 levels"), e.message());
    assertTrue(new ShorthandParser(NO_FILES, 3).parse("a={b={c={d=e}}}").isSuccess());
    assertFalse(new ShorthandParser(NO_FILES, 3).parse("a={b={c={d=[e]}}}").isSuccess());
  }

  @Test
  void longInputsAreShownAsAWindowAroundTheError() {
    String input = "a=" + "x".repeat(10_000) + "]" + "y".repeat(10_000);

    String message = new ShorthandParser(NO_FILES).parse(input).error().message();

    assertTrue(message.length() < 400, message);
    String[] lines = message.split("\n");
    assertEquals("Expected: ',', received: ']' for input:", lines[0]);
    assertEquals(']', lines[1].charAt(lines[2].indexOf('^')), "the caret points at the error");
    assertTrue(lines[1].startsWith("...") && lines[1].endsWith("..."));
  }

  @Test
  void theCaretCountsCodePointsOnTheFailingLine() {
    String message = new ShorthandParser(NO_FILES).parse("a=\u00e9t\u00e9,\nb=\ud83d\ude00x").error().message();

    assertEquals("Expected: ',', received: '\ud83d\ude00' for input:\na=\u00e9t\u00e9,\nb=\ud83d\ude00x\n  ^", message);
  }

  @Test
  void resultsAreFreshTrees() {
    ShorthandParser parser = new ShorthandParser(NO_FILES);
    JsonNode first = parser.parse("a=b").value();
    ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("a", "changed");

    assertEquals(Map.of("a", "b"), JSON.convertValue(parser.parse("a=b").value(), Map.class));
  }
}
