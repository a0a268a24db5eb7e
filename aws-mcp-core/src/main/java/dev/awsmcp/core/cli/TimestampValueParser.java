package dev.awsmcp.core.cli;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps as botocore reads them ({@code parse_to_aware_datetime}), normalized to one UTC
 * form: {@code YYYY-MM-DDTHH:MM:SS[.ffffff]Z}, with fractional seconds only when nonzero, at most
 * six digits (Python's microseconds) and trailing zeros trimmed.
 *
 * <p>Accepted, as botocore accepts them: epoch seconds, integer or fractional, whenever Python's
 * {@code float()} reads the text (so {@code 20200102} is a number of seconds, not a date);
 * ISO 8601 dates and date-times ({@code 2024-01-31}, {@code 2024-01-31T12:00},
 * {@code 2024-01-31 12:00:00.5}, {@code 20240131T120000Z}) with {@code Z}, {@code UTC},
 * {@code GMT} or a numeric offset; RFC 822/1123 dates ({@code Wed, 31 Jan 2024 12:00:00 GMT})
 * and {@code Jan 31, 2024}. Naive times are UTC, as in botocore. Fractions beyond microseconds
 * are cut, as dateutil cuts them; fractional epoch seconds are rounded half-even, as Python's
 * {@code datetime.fromtimestamp} rounds them.
 *
 * <p>Refused where botocore's dateutil would guess: time zone names other than UTC/GMT (dateutil
 * silently treats {@code EST} as UTC), times without a date (dateutil takes today's date),
 * two-digit years, {@code GMT+2}-style POSIX zones. Stateless.
 */
final class TimestampValueParser {
  private static final int MAX_LENGTH = 256;
  private static final long MIN_EPOCH = -62135596800L; // 0001-01-01T00:00:00Z
  private static final long MAX_EPOCH = 253402300799L; // 9999-12-31T23:59:59Z

  private static final String ZONE =
      "(?:\\s*(?:(Z|z|UTC|GMT|UT)|([+-])(?:(\\d{2}):?(\\d{2})|(\\d{1,2})(?::(\\d{2}))?)))?";
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})(?:-(\\d{1,2})-(\\d{1,2})|(\\d{2})(\\d{2})(?=[Tt]))"
          + "(?:[Tt ](?:(\\d{2})(\\d{2})(?:(\\d{2})(?:[.,](\\d+))?)?"
          + "|(\\d{1,2})(?::(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d+))?)?)?)" + ZONE + ")?");
  private static final String HMS = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?";
  private static final Pattern RFC = Pattern.compile(
      "(?:([A-Za-z]{3,9}),?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})[\\s-]+(\\d{4})(?:\\s+" + HMS + ZONE + ")?");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "([A-Za-z]{3,9})\\s+(\\d{1,2}),?\\s+(\\d{4})(?:\\s+" + HMS + ZONE + ")?");
  private static final List<String> MONTHS = List.of(
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> MONTH_NAMES = List.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december");
  private static final List<String> DAYS = List.of(
      "mon", "tue", "wed", "thu", "fri", "sat", "sun",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private TimestampValueParser() {}

  /** The normalized form of a timestamp text, or empty when botocore would refuse it. */
  static Optional<String> normalize(String text) {
    if (text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    OptionalDouble epoch = ScalarValueParser.parseFloat(text);
    if (epoch.isPresent()) {
      return fromEpochSeconds(epoch.getAsDouble());
    }
    String s = ScalarValueText.strip(text);
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return iso(m);
    }
    m = RFC.matcher(s);
    if (m.matches()) {
      if (m.group(1) != null && !DAYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      return build(m.group(4), month(m.group(3)), m.group(2), m.group(5), m.group(6), m.group(7), m.group(8), m, 9);
    }
    m = MONTH_FIRST.matcher(s);
    if (m.matches()) {
      return build(m.group(3), month(m.group(1)), m.group(2), m.group(4), m.group(5), m.group(6), m.group(7), m, 8);
    }
    return Optional.empty();
  }

  /** Epoch seconds given as a JSON integer. */
  static Optional<String> fromEpochSeconds(BigInteger seconds) {
    if (seconds.compareTo(BigInteger.valueOf(MIN_EPOCH)) < 0 || seconds.compareTo(BigInteger.valueOf(MAX_EPOCH)) > 0) {
      return Optional.empty();
    }
    return Optional.of(format(seconds.longValue(), 0));
  }

  /** Epoch seconds as Python's {@code datetime.fromtimestamp} reads a float. */
  static Optional<String> fromEpochSeconds(double seconds) {
    if (!Double.isFinite(seconds)) {
      return Optional.empty();
    }
    double whole = seconds < 0 ? Math.ceil(seconds) : Math.floor(seconds);
    double micros = Math.rint((seconds - whole) * 1e6);
    if (micros >= 1e6) {
      micros -= 1e6;
      whole += 1;
    } else if (micros < 0) {
      micros += 1e6;
      whole -= 1;
    }
    if (whole < MIN_EPOCH || whole > MAX_EPOCH) {
      return Optional.empty();
    }
    return Optional.of(format((long) whole, (int) micros));
  }

  private static Optional<String> iso(Matcher m) {
    String month = m.group(2) != null ? m.group(2) : m.group(4);
    String day = m.group(3) != null ? m.group(3) : m.group(5);
    if (m.group(6) != null) {
      return build(m.group(1), parse(month), day, m.group(6), m.group(7), m.group(8), m.group(9), m, 14);
    }
    return build(m.group(1), parse(month), day, m.group(10), m.group(11), m.group(12), m.group(13), m, 14);
  }

  /** Builds the instant from the captured parts; {@code zone} is the first group of ZONE. */
  private static Optional<String> build(String year, int month, String day, String hour, String minute,
      String second, String fraction, Matcher m, int zone) {
    int offsetSeconds;
    if (m.group(zone + 1) == null) {
      offsetSeconds = 0; // Z, UTC, GMT, or no zone: naive times are UTC in botocore.
    } else {
      String hh = m.group(zone + 2) != null ? m.group(zone + 2) : m.group(zone + 4);
      String mm = m.group(zone + 2) != null ? m.group(zone + 3) : m.group(zone + 5);
      offsetSeconds = parse(hh) * 3600 + (mm == null ? 0 : parse(mm) * 60);
      if (offsetSeconds >= 24 * 3600) {
        return Optional.empty();
      }
      if (m.group(zone + 1).equals("-")) {
        offsetSeconds = -offsetSeconds;
      }
    }
    int micros = 0;
    if (fraction != null) {
      String six = (fraction.length() > 6 ? fraction.substring(0, 6) : fraction + "000000".substring(fraction.length()));
      micros = Integer.parseInt(six);
    }
    try {
      LocalDateTime local = LocalDateTime.of(parse(year), month, parse(day),
          hour == null ? 0 : parse(hour), minute == null ? 0 : parse(minute), second == null ? 0 : parse(second));
      long epoch = local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds;
      if (epoch < MIN_EPOCH || epoch > MAX_EPOCH || local.getYear() < 1) {
        return Optional.empty();
      }
      return Optional.of(format(epoch, micros));
    } catch (DateTimeException e) {
      return Optional.empty(); // month 13, February 30th, hour 24, ...
    }
  }

  private static int month(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int i = MONTH_NAMES.indexOf(lower);
    if (i >= 0) {
      return i + 1;
    }
    i = lower.equals("sept") ? 8 : MONTHS.indexOf(lower);
    return i + 1; // 0 for an unknown name: LocalDateTime.of refuses it
  }

  private static int parse(String digits) {
    return Integer.parseInt(digits);
  }

  private static String format(long epochSeconds, int micros) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC);
    StringBuilder sb = new StringBuilder(27);
    sb.append(String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d",
        t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()));
    if (micros != 0) {
      String digits = String.format(Locale.ROOT, "%06d", micros);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      sb.append('.').append(digits, 0, end);
    }
    return sb.append('Z').toString();
  }
}
