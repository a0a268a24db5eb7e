package dev.awsmcp.core.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.awsmcp.api.error.ErrorCode;

/**
 * JSON values of arguments, read as the CLI's {@code json.loads} reads them (objects keep key
 * order, a repeated key keeps its last value, {@code NaN} and {@code Infinity} are numbers,
 * trailing data is an error) but within limits: at most {@value #MAX_NESTING_DEPTH} levels and
 * numbers of at most {@value ScalarValueParser#MAX_INT_DIGITS} digits, Python's own limit.
 * Thread-safe.
 */
final class ArgumentValueJson {
  static final int MAX_NESTING_DEPTH = 1000;

  private static final ObjectMapper MAPPER = JsonMapper.builder(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxNumberLength(ScalarValueParser.MAX_INT_DIGITS)
                  .build())
              .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
              .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private ArgumentValueJson() {}

  /** The parsed value; the message says where and why the text is not JSON. */
  static JsonNode parse(String text) throws ArgumentValueException {
    int blank = 0;
    while (blank < text.length() && " \t\n\r".indexOf(text.charAt(blank)) >= 0) {
      blank++;
    }
    if (blank == text.length()) {
      throw invalid("Expecting value: line 1 column " + (blank + 1) + " (char " + blank + ")", text);
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw invalid("Expecting value", text);
      }
      return node;
    } catch (StreamConstraintsException e) {
      String what = e.getOriginalMessage().contains("nesting depth")
          ? "nested deeper than " + MAX_NESTING_DEPTH + " levels"
          : firstLine(e.getOriginalMessage());
      throw invalid(what + at(e.getLocation()), text);
    } catch (JsonProcessingException e) {
      String message = firstLine(e.getOriginalMessage());
      if (message.startsWith("Trailing token")) {
        message = "Extra data";
      }
      throw invalid(message + at(e.getLocation()), text);
    }
  }

  private static ArgumentValueException invalid(String detail, String text) {
    return new ArgumentValueException(ErrorCode.INVALID_JSON,
        "Invalid JSON: " + detail + "\nJSON received: " + ScalarValueText.truncate(text));
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    String at = ": line " + location.getLineNr() + " column " + location.getColumnNr();
    return location.getCharOffset() >= 0 ? at + " (char " + location.getCharOffset() + ")" : at;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "not valid JSON";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
