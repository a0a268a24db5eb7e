package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's {@code int()}, {@code float()} and {@code base64.b64decode()}; expected values from CPython 3.11. */
class ArgumentValueScalarTests {

  @ParameterizedTest(name = "int(\"{0}\") = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "12|12", "\" 12 \"|12", "+5|5", "-0|0", "1_000|1000", "007|7", "\u0661\u0662|12",
      "\u00a012\u2003|12", "999999999999999999999999999999|999999999999999999999999999999",
      "1__000|", "_1|", "1_|", "0x10|", "1.0|", "\"\"|", "\" \"|", "1e3|", "-|"})
  void integersAsPythonReadsThem(String input, String expected) {
    if (expected == null) {
      ArgumentValueException e = assertThrows(ArgumentValueException.class, () -> ScalarValueParser.parseInt(input));
      assertEquals("invalid literal for int() with base 10: " + ScalarValueText.repr(input), e.getMessage());
    } else {
      assertEquals(expected, assertDoesNotThrow(input).asText());
    }
  }

  @ParameterizedTest(name = "float(\"{0}\") = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "1.5|1.5", ".5|0.5", "5.|5.0", "1e5|100000.0", "1E-5|1.0E-5", "1_0.5|10.5", "inf|Infinity",
      "-Infinity|-Infinity", "NaN|NaN", "+nan|NaN", "1.5e1_0|1.5E10", "\u0663.\u0665|3.5", "\u0661e\u0662|100.0",
      "\" 12 \"|12.0", "-0|-0.0",
      "1._5|", "1.5_|", "infinit|", "1e|", "e5|", ".|", "0x1p3|", "1d|", "1f|", "\"\"|", "1__0|"})
  void floatsAsPythonReadsThem(String input, String expected) {
    OptionalDouble d = ScalarValueParser.parseFloat(input);
    if (expected == null) {
      assertTrue(d.isEmpty(), () -> "Python refuses " + input + ", we read " + d);
    } else {
      assertEquals(Double.parseDouble(expected), d.orElseThrow());
    }
  }

  @ParameterizedTest(name = "b64decode(\"{0}\") = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "aGVsbG8=|aGVsbG8=", "aGVsbA==|aGVsbA==", "\"\"|\"\"", "aGVs bG8=|aGVsbG8=", "aGVsbG8=trailing|aGVsbG8=",
      "aGVsbG8===|aGVsbG8=", "=aGVsbG8=|aGVsbG8=", "aG=VsbG8=|aGVsbG8=", "!!!!|\"\"", "aGVsbA=x=|aGVsbAw=",
      "aGVsbG8|", "aGVsbA|", "aGVsb|", "a|", "h\u00e9llo|"})
  void base64AsPythonDecodesIt(String input, String reencoded) {
    Optional<byte[]> bytes = ArgumentValueBase64.decode(input);
    if (reencoded == null) {
      assertTrue(bytes.isEmpty(), "Python raises binascii.Error");
    } else {
      assertEquals(reencoded, Base64.getEncoder().encodeToString(bytes.orElseThrow()));
    }
  }

  @Test
  void onlyAsciiWhitespaceOfCIsStrippedFromAsciiText() {
    // CPython strips ASCII text with C's isspace, so the separators \x1c-\x1f stay (and fail).
    assertThrows(ArgumentValueException.class, () -> ScalarValueParser.parseInt("12\u001c"));
    assertTrue(ScalarValueParser.parseFloat("12\u001f").isEmpty());
    assertEquals(12, assertDoesNotThrow("\u000b12\f").asInt());
  }

  private static JsonNode assertDoesNotThrow(String input) {
    try {
      return ScalarValueParser.parseInt(input);
    } catch (ArgumentValueException e) {
      throw new AssertionError(e.getMessage());
    }
  }
}
