package dev.awsmcp.core.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest decimal that reads back as the same double, in
 * fixed notation for exponents -4..15 and {@code 1e+16} style otherwise. The AWS CLI prints
 * floats this way in every output format. Java 17's {@code Double.toString} is not always the
 * shortest, and its layout differs, so the digits are found by rounding the exact value.
 */
public final class PythonFloat {
  private PythonFloat() {}

  public static String repr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortest(d);
    String digits = shortest.unscaledValue().abs().toString();
    // strip trailing zeros of the digit string; the exponent tracks the decimal point
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    // decimalPoint: position of the decimal point relative to the start of the digits
    int decimalPoint = digits.length() - shortest.scale();
    digits = digits.substring(0, end);
    String sign = d < 0 ? "-" : "";
    int exponent = decimalPoint - 1;
    if (exponent >= -5 + 1 && exponent < 16) {
      return sign + fixed(digits, decimalPoint);
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String exp = String.format("%02d", Math.abs(exponent));
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
  }

  private static String fixed(String digits, int decimalPoint) {
    if (decimalPoint <= 0) {
      return "0." + "0".repeat(-decimalPoint) + digits;
    }
    if (decimalPoint >= digits.length()) {
      return digits + "0".repeat(decimalPoint - digits.length()) + ".0";
    }
    return digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
  }

  // The decimal with the fewest significant digits that still reads back as d, the nearest to d
  // among those. Both neighbours at each precision are tried: next to a power of two the
  // interval that reads back as d is lopsided, so the nearest one may not read back while the
  // other does (2^-44 prints as 5.684341886080802e-14).
  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal best = null;
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal candidate = exact.round(new MathContext(precision, mode));
        if (candidate.doubleValue() == d && (best == null
            || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }
}
