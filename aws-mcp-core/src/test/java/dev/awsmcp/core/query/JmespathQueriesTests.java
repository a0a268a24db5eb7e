package dev.awsmcp.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.smithy.jmespath.JmespathException;

class JmespathQueriesTests {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tags[?Key==`Name`]|Tags[?Key==`\"Name\"`]",
      "Items[?Vendor==`Palo Alto Networks`]|Items[?Vendor==`\"Palo Alto Networks\"`]",
      "Patches[?T >= `2023-01-01T16:00:00`]|Patches[?T >= `\"2023-01-01T16:00:00\"`]",
      "a[?b == `true`]|a[?b == `true`]",
      "a[?b == `5`]|a[?b == `5`]",
      "a[?b == `\"x\"`]|a[?b == `\"x\"`]",
      "a[?b == 'it`s']|a[?b == 'it`s']",
      "Reservations[].Instances[]|Reservations[].Instances[]",
  })
  void legacyLiteralsBecomeJsonStrings(String given, String expected) {
    assertEquals(expected, JmespathQueries.normalizeLegacyLiterals(given));
    JmespathQueries.compile(given);
  }

  @org.junit.jupiter.api.Test
  void nestingCountsRealRecursionOnly() {
    String manyNegations = "Buckets[?" + String.join(" && ", java.util.Collections.nCopies(70, "!a")) + "]";
    JmespathQueries.compile(manyNegations);
    JmespathQueries.compile("Buckets[?Name==`\"" + "[".repeat(100) + "\"`]");
    JmespathQueries.compile("a" + ".a".repeat(5000));
    assertThrows(JmespathException.class, () -> JmespathQueries.compile("!".repeat(100) + "a"));
    assertThrows(JmespathException.class, () -> JmespathQueries.compile("[".repeat(1000)));
    assertThrows(JmespathException.class, () -> JmespathQueries.compile("{`null`: a}"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Reservations[[]", "a[?b == `x", "foo.."})
  void brokenExpressionsAreRefused(String given) {
    assertThrows(JmespathException.class, () -> JmespathQueries.compile(given));
  }
}
