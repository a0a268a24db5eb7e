package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.FileContent;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile values against every kind of argument: each must give a value or an error quickly, with
 * a bounded message, and never throw (no {@code StackOverflowError}, no Jackson exception).
 */
class ArgumentValuePathologicalTests {
  private static final int MB = 1 << 20;
  private static final ArgumentValueTestModels.Table T = new ArgumentValueTestModels.Table()
      .structure("Filter", "Name", "STRING", "Values", "ListOfSTRING", "When", "TIMESTAMP", "Data", "BLOB", "Count", "INTEGER")
      .document("Document")
      .add(Shape.builder("Node", ShapeType.STRUCTURE).build());

  static {
    T.listOf("STRING");
    T.listOf("Filter");
    T.mapOf("STRING");
  }

  private static final ArgumentValueParser PARSER = new ArgumentValueParser(
      path -> FileContent.refused("no files: " + path), BinaryFormat.BASE64);

  static List<Named<Member>> members() {
    List<Named<Member>> out = new ArrayList<>();
    for (ShapeType type : List.of(ShapeType.STRING, ShapeType.INTEGER, ShapeType.LONG, ShapeType.DOUBLE,
        ShapeType.BOOLEAN, ShapeType.TIMESTAMP, ShapeType.BLOB)) {
      out.add(Named.of(type.name(), T.scalar(type)));
    }
    out.add(Named.of("structure", T.member("Arg", "Filter")));
    out.add(Named.of("list of strings", T.listOf("STRING")));
    out.add(Named.of("list of structures", T.listOf("Filter")));
    out.add(Named.of("map", T.mapOf("STRING")));
    out.add(Named.of("document", T.member("Arg", "Document")));
    return out;
  }

  static List<Named<Supplier<String>>> inputs() {
    return List.of(
        input("1 MB of letters", () -> "x".repeat(MB)),
        input("1 MB shorthand value", () -> "Name=" + "x".repeat(MB)),
        input("1 MB quoted value", () -> "Name='" + "x".repeat(MB) + "'"),
        input("1 MB unterminated quote full of escaped quotes", () -> "Name='" + "\\'".repeat(MB / 2)),
        input("1 MB of escaped commas", () -> "Name=" + "\\,".repeat(MB / 2)),
        input("1 MB of commas", () -> "Name=a" + ",".repeat(MB)),
        input("100k keys", () -> IntStream.range(0, 100_000).mapToObj(i -> "k" + i + "=v").collect(Collectors.joining(","))),
        input("100k csv values then a key", () -> "Name=" + "a,".repeat(100_000) + "b=c"),
        input("1 MB second value then =", () -> "Name=a," + "b".repeat(MB) + "=c"),
        input("1 MB of digits", () -> "9".repeat(MB)),
        input("1 MB JSON string", () -> "{\"Name\": \"" + "x".repeat(MB) + "\"}"),
        input("1 MB JSON number", () -> "[" + "1".repeat(MB) + "]"),
        input("10,000 nested JSON objects", () -> "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
        input("10,000 nested JSON arrays", () -> "[".repeat(10_000) + "]".repeat(10_000)),
        input("10,000 unclosed JSON arrays", () -> "[".repeat(10_000)),
        input("10,000 nested shorthand lists", () -> "Name=" + "[".repeat(10_000) + "]".repeat(10_000)),
        input("10,000 nested shorthand objects", () -> "Name=" + "{a=".repeat(10_000) + "b" + "}".repeat(10_000)),
        input("10,000 unclosed shorthand braces", () -> "Name=" + "{".repeat(10_000)),
        input("unbalanced double quote", () -> "Name=\"abc"),
        input("unbalanced brackets", () -> "Name=[a,{b=[c}]"),
        input("NUL and control characters", () -> "Name=a\u0000b\u0001\u001b[31m\u007f"),
        input("lone high surrogate", () -> "Name=\ud800"),
        input("lone low surrogate in JSON", () -> "{\"Name\": \"\udc00\", \"Data\": \"\ud800\"}"),
        input("escaped lone surrogate in JSON", () -> "{\"Name\": \"\\ud800\"}"),
        input("byte order mark", () -> "\ufeff{\"Name\": \"a\"}"),
        input("noncharacters and bidi overrides", () -> "Name=\uffff\ufffe\u202e\u2066x"),
        input("astral characters", () -> "Name=\ud83d\ude00,Values=[\ud83d\ude00]"),
        input("empty", () -> ""),
        input("only whitespace", () -> " \t\n\u00a0\u2028"),
        input("file URL to a huge path", () -> "file://" + "a".repeat(MB)),
        input("@= file URL", () -> "Name@=file://x"));
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Named<Member> m : members()) {
      for (Named<Supplier<String>> in : inputs()) {
        out.add(Arguments.of(m, in));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void anyValueGivesAResultQuicklyAndNeverThrows(Member member, Supplier<String> input) {
    String value = input.get();
    ValueResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> PARSER.parse("--arg", member, List.of(value)));
    assertNotNull(result);
    if (result.isError()) {
      assertTrue(result.error().message().length() < 4_000, () -> "message of " + result.error().message().length());
    }
  }

  @Test
  void deepJsonFailsClearlyAtTheNestingLimit() {
    ValueResult r = PARSER.parse("--arg", T.member("Arg", "Document"), List.of("[".repeat(10_000) + "]".repeat(10_000)));
    assertEquals(ErrorCode.INVALID_JSON, r.error().code());
    assertTrue(r.error().message().contains("nested deeper than 1000 levels"), r.error().message());
  }

  @Test
  void deepShorthandFailsClearlyAtTheNestingLimit() {
    ValueResult r = PARSER.parse("--arg", T.member("Arg", "Filter"), List.of("Name=" + "[".repeat(10_000)));
    assertEquals(ErrorCode.INVALID_SHORTHAND, r.error().code());
    assertTrue(r.error().message().contains("nested deeper than 64 levels"), r.error().message());
  }

  @Test
  void jsonAtTheNestingLimitOfARecursiveShapeIsWalkedWithoutOverflow() {
    ArgumentValueTestModels.Table t = new ArgumentValueTestModels.Table();
    t.add(Shape.builder("Tree", ShapeType.STRUCTURE)
        .member(t.member("Child", "Tree")).member(t.member("At", "TIMESTAMP")).build());
    String json = "{\"Child\":".repeat(998) + "{\"At\": 0}" + "}".repeat(998);

    ValueResult r = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> PARSER.parse("--arg", t.member("Arg", "Tree"), List.of(json)));

    assertTrue(r.isSuccess(), r::toString);
    assertEquals("1970-01-01T00:00:00Z", r.value().findValue("At").textValue());
  }

  @Test
  void manyWordsForAListAreFine() {
    List<String> words = IntStream.range(0, 100_000).mapToObj(i -> "Name=n" + i).collect(Collectors.toList());
    ValueResult r = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> PARSER.parse("--arg", T.listOf("Filter"), words));
    assertEquals(100_000, r.value().size());
  }

  private static Named<Supplier<String>> input(String name, Supplier<String> value) {
    return Named.of(name, value);
  }
}
