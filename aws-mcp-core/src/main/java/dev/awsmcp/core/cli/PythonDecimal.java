package dev.awsmcp.core.cli;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Python's {@code decimal.Decimal(str)}, which CLI customizations use to keep numbers exact
 * ({@code cloudwatch put-metric-data --value}): surrounding whitespace is stripped, every
 * {@code _} is ignored, non-ASCII decimal digits count. Infinity and NaN, which Decimal accepts
 * but JSON cannot hold, are refused. Stateless.
 */
final class PythonDecimal {
  private static final Pattern FINITE = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern SPECIAL = Pattern.compile("[+-]?(inf|infinity|s?nan\\d*)", Pattern.CASE_INSENSITIVE);

  private PythonDecimal() {}

  /** Whether Decimal takes the text but the value is not a finite number. */
  static boolean isSpecial(String value) {
    return SPECIAL.matcher(normalize(value)).matches();
  }

  /** The finite value, or empty when Decimal refuses the text or it is infinite or NaN. */
  static Optional<BigDecimal> parse(String value) {
    String s = normalize(value);
    if (!FINITE.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(s));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static String normalize(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    String stripped = ScalarValueText.strip(value);
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      if (cp != '_') {
        if (cp >= 0x80 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
          sb.append((char) ('0' + Character.digit(cp, 10)));
        } else {
          sb.appendCodePoint(cp);
        }
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
