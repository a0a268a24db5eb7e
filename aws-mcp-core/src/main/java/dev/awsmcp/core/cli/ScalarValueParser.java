package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsmcp.api.error.ErrorCode;
import java.math.BigInteger;
import java.util.OptionalDouble;

/**
 * Python's {@code int(str)} and {@code float(str)}, which the AWS CLI uses to convert integer,
 * long, float and double values: surrounding whitespace, a sign, {@code _} between digits and
 * non-ASCII decimal digits are accepted; {@code float} also takes {@code inf}, {@code infinity}
 * and {@code nan} in any case. Stateless.
 */
final class ScalarValueParser {
  /** Python refuses to convert integers longer than this ({@code sys.get_int_max_str_digits()}). */
  static final int MAX_INT_DIGITS = 4300;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScalarValueParser() {}

  /** Python's {@code int(value)} as a JSON number; the message is Python's on failure. */
  static JsonNode parseInt(String value) throws ArgumentValueException {
    String digits = asciiDigits(value);
    if (digits != null) {
      String body = asciiStrip(digits);
      int start = body.startsWith("+") || body.startsWith("-") ? 1 : 0;
      if (isDigitPart(body, start, body.length())) {
        String plain = body.replace("_", "");
        int count = plain.length() - start;
        if (count > MAX_INT_DIGITS) {
          throw new ArgumentValueException(ErrorCode.INVALID_TYPE,
              "Exceeds the limit (" + MAX_INT_DIGITS + " digits) for integer string conversion: value has "
                  + count + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        return integerNode(new BigInteger(plain.startsWith("+") ? plain.substring(1) : plain));
      }
    }
    throw new ArgumentValueException(ErrorCode.INVALID_TYPE,
        "invalid literal for int() with base 10: " + ScalarValueText.repr(value));
  }

  /** Python's {@code float(value)}; empty when Python would refuse it. */
  static OptionalDouble parseFloat(String value) {
    String digits = asciiDigits(value);
    if (digits == null) {
      return OptionalDouble.empty();
    }
    String body = asciiStrip(digits);
    boolean negative = body.startsWith("-");
    String abs = negative || body.startsWith("+") ? body.substring(1) : body;
    String lower = abs.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("inf") || lower.equals("infinity")) {
      return OptionalDouble.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    if (lower.equals("nan")) {
      return OptionalDouble.of(Double.NaN);
    }
    if (!isFloatNumber(abs)) {
      return OptionalDouble.empty();
    }
    double d = Double.parseDouble(abs.replace("_", ""));
    return OptionalDouble.of(negative ? -d : d);
  }

  /** Python's {@code float(value)} as a JSON number; the message is Python's on failure. */
  static JsonNode parseFloatNode(String value) throws ArgumentValueException {
    OptionalDouble d = parseFloat(value);
    if (d.isEmpty()) {
      throw new ArgumentValueException(ErrorCode.INVALID_TYPE,
          "could not convert string to float: " + ScalarValueText.repr(value));
    }
    return NODES.numberNode(d.getAsDouble());
  }

  /** The smallest JSON integer node that holds the value. */
  static JsonNode integerNode(BigInteger v) {
    if (v.bitLength() < 32) {
      return NODES.numberNode(v.intValue());
    }
    if (v.bitLength() < 64) {
      return NODES.numberNode(v.longValue());
    }
    return NODES.numberNode(v);
  }

  /**
   * Python's first step of {@code int()} and {@code float()}: non-ASCII decimal digits become
   * ASCII digits and non-ASCII whitespace a space; null when another non-ASCII character is
   * present. ASCII characters stay, so only C's whitespace is stripped afterwards.
   */
  private static String asciiDigits(String value) {
    StringBuilder sb = null;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      int n = Character.charCount(cp);
      if (cp >= 0x80) {
        if (sb == null) {
          sb = new StringBuilder(value.length()).append(value, 0, i);
        }
        if (ScalarValueText.isPythonSpace(cp)) {
          sb.append(' ');
        } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
          sb.append((char) ('0' + Character.digit(cp, 10)));
        } else {
          return null;
        }
      } else if (sb != null) {
        sb.append((char) cp);
      }
      i += n;
    }
    return sb == null ? value : sb.toString();
  }

  /** C's {@code isspace} strip, which Python applies after {@link #asciiDigits}. */
  private static String asciiStrip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isCSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isCSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isCSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** {@code digit (["_"] digit)*} over {@code s[from, to)}. */
  private static boolean isDigitPart(String s, int from, int to) {
    if (from >= to || !isDigit(s.charAt(from)) || !isDigit(s.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = s.charAt(i);
      if (c == '_' ? !isDigit(s.charAt(i + 1)) || !isDigit(s.charAt(i - 1)) : !isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code ([digitpart] "." digitpart | digitpart ["."]) [("e"|"E") [sign] digitpart]}. */
  private static boolean isFloatNumber(String s) {
    int e = Math.max(s.indexOf('e'), s.indexOf('E'));
    String mantissa = e >= 0 ? s.substring(0, e) : s;
    if (e >= 0) {
      String exp = s.substring(e + 1);
      int start = exp.startsWith("+") || exp.startsWith("-") ? 1 : 0;
      if (!isDigitPart(exp, start, exp.length())) {
        return false;
      }
    }
    int dot = mantissa.indexOf('.');
    if (dot < 0) {
      return isDigitPart(mantissa, 0, mantissa.length());
    }
    boolean intPart = dot == 0 || isDigitPart(mantissa, 0, dot);
    boolean fracPart = dot == mantissa.length() - 1 || isDigitPart(mantissa, dot + 1, mantissa.length());
    return intPart && fracPart && mantissa.length() > 1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
