package dev.awsmcp.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator's parts: patterns, timestamps, base64, wording, and rules for every model shape. */
class ModelValidatorPartsTests {

  @Test
  void patternsAreSearchedNotFullyMatched() {
    PatternRule unanchored = PatternRule.compile("[a-z]+").orElseThrow();
    assertTrue(unanchored.test("ABCdef"));
    assertFalse(unanchored.test("ABC"));
    PatternRule anchored = PatternRule.compile("^\\d{12}$").orElseThrow();
    assertTrue(anchored.test("123456789012"));
    assertFalse(anchored.test("test_account"));
    assertFalse(anchored.test("1234567890123"));
  }

  @Test
  void aPatternJavaCannotCompileIsSkipped() {
    assertTrue(PatternRule.compile("(?P<name>x)").isEmpty());
    assertTrue(PatternRule.compile("[a-").isEmpty());
  }

  @Test
  void escapedSurrogatePairsInAwsPatternsMatchSupplementaryCharacters() {
    PatternRule text = PatternRule.compile(
        "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$").orElseThrow();
    assertTrue(text.test("plain text 😀"));
    assertFalse(text.test("bell \u0007"));
  }

  @Test
  void catastrophicBacktrackingIsCutShortAndPasses() {
    // bounded repetition defeats the JDK's loop memoization: exponential without the budget
    PatternRule evil = PatternRule.compile("^(\\w+\\s?){1,50}$").orElseThrow();
    long start = System.nanoTime();
    assertTrue(evil.test("abcd ".repeat(8) + "abcdefghijklmnopqrst!"));
    assertTrue(System.nanoTime() - start < 2_000_000_000L, "budget did not stop the match");
    assertFalse(evil.test("abc!"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-05-01", "2024-05-01T10:00Z", "2024-05-01T10:00:00", "2024-05-01T10:00:00.123456Z",
      "2024-05-01T10:00:00+02:00", "2024-05-01 10:00:00Z", "2024-05-01T10:00:00Z[UTC]",
      "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z"})
  void isoTimestampsAreRecognized(String text) {
    assertTrue(IsoTimestamps.isValid(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "1700000000", "2024-13-01", "2024-05-01T25:00:00Z", "05/01/2024", ""})
  void otherTimestampsAreNot(String text) {
    assertFalse(IsoTimestamps.isValid(text));
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource({"'', 0", "aA==, 1", "aGk=, 2", "aGVsbG8=, 5", "aGVsbG8, 5", "'aGVs\nbG8=', 5", "a, -1", "a===, -1",
      "'secret text!', -1", "aGk=aGk=, -1"})
  void base64LengthIsCountedWithoutDecoding(String text, long expected) {
    assertEquals(expected, Base64Text.decodedLength(text));
  }

  @Test
  void longValuesAreCutAndSensitiveOnesHidden() {
    assertEquals("'abc'", Messages.quote("abc", false));
    assertEquals("(sensitive, not shown)", Messages.quote("abc", true));
    assertTrue(Messages.quote("x".repeat(100), false).endsWith("...' (100 characters)"));
    assertEquals("1 item", Messages.count(1, "item"));
    assertEquals("2 entries", Messages.count(2, "entry"));
    assertEquals("64", Messages.number(64.0));
    assertEquals("0.5", Messages.number(0.5));
  }

  /** Derives the rules of every shape of every installed service: none may throw. */
  @Test
  void everyShapeOfEveryServiceHasRules() {
    ServiceCatalog catalog = BotocoreCatalog.get();
    ShapeRulesCache cache = new ShapeRulesCache();
    int shapes = 0;
    int patterns = 0;
    int uncompiled = 0;
    for (String service : catalog.serviceNames()) {
      ServiceModel model = catalog.load(service).orElseThrow();
      for (Shape shape : model.shapes().all().values()) {
        ShapeRules rules = cache.rules(shape);
        shapes++;
        if (shape.pattern().isPresent() && rules.kind == ShapeRules.Kind.STRING) {
          patterns++;
          if (rules.pattern == null) {
            uncompiled++;
          }
        }
      }
    }
    System.out.printf("ModelValidator: %d shapes, %d with patterns, %d patterns Java cannot compile%n",
        shapes, patterns, uncompiled);
    assertTrue(shapes > 10_000);
  }
}
