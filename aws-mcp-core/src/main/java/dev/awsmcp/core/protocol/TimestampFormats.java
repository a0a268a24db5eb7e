package dev.awsmcp.core.protocol;

import dev.awsmcp.core.model.Member;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The three wire formats of AWS timestamps, and the two text forms of this engine's value
 * convention (ISO-8601 input, Python {@code isoformat()} output). Which wire format applies is
 * decided by {@link #resolve}: the member's trait beats the target shape's trait beats the
 * default of where the value travels. Stateless.
 */
public final class TimestampFormats {

  /** A wire format; parses both the botocore and the Smithy spelling of its name. */
  public enum Format {
    EPOCH_SECONDS, DATE_TIME, HTTP_DATE;

    /** {@code unixTimestamp}/{@code epoch-seconds}, {@code iso8601}/{@code date-time}, {@code rfc822}/{@code http-date}. */
    public static Format of(String name) {
      switch (name) {
        case "unixTimestamp": case "epoch-seconds": return EPOCH_SECONDS;
        case "iso8601": case "date-time": return DATE_TIME;
        case "rfc822": case "http-date": return HTTP_DATE;
        default: throw new ProtocolException("unknown timestamp format " + name);
      }
    }
  }

  private static final DateTimeFormatter HTTP_DATE_OUT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
  // Lenient on the way in: one-digit days and fractional seconds occur in the wild.
  private static final DateTimeFormatter HTTP_DATE_IN = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendPattern("EEE, d MMM yyyy HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .appendPattern(" zzz")
      .toFormatter(Locale.ROOT);

  private TimestampFormats() {}

  /** The wire format of a member's timestamp: member trait, then shape trait, then the default. */
  public static Format resolve(Member member, Format locationDefault) {
    if (member.traits().timestampFormat().isPresent()) {
      return Format.of(member.traits().timestampFormat().get());
    }
    return member.target().timestampFormat().map(Format::of).orElse(locationDefault);
  }

  /** Reads an input value: ISO-8601 text (a date alone means midnight UTC; no zone means UTC). */
  public static Instant parseInput(String text) {
    String s = text.trim();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (s.length() > 10 && s.charAt(10) == ' ') {
        s = s.substring(0, 10) + 'T' + s.substring(11);
      }
      Instant common = Rfc3339Timestamps.parseOrNull(s);
      if (common != null) {
        return common;
      }
      java.time.temporal.TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(s, ZonedDateTime::from, LocalDateTime::from);
      return parsed instanceof ZonedDateTime
          ? ((ZonedDateTime) parsed).toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new ProtocolException("not an ISO-8601 timestamp: " + text, e);
    }
  }

  /**
   * Epoch seconds to the millisecond (Smithy's precision, and botocore's millisecond mode), with
   * the fraction only when there is one ({@code 1398796238}, {@code 1398796238.123}).
   */
  public static BigDecimal epochSeconds(Instant t) {
    Instant ms = t.truncatedTo(ChronoUnit.MILLIS);
    BigDecimal v = BigDecimal.valueOf(ms.getEpochSecond()).add(BigDecimal.valueOf(ms.getNano(), 9));
    v = v.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** The wire text of an instant in a format. */
  public static String format(Instant t, Format format) {
    switch (format) {
      case EPOCH_SECONDS: return epochSeconds(t).toPlainString();
      case HTTP_DATE: return HTTP_DATE_OUT.format(t);
      default: return dateTime(t);
    }
  }

  // RFC 3339 in UTC, with milliseconds only when there are any (as the SDKs send it).
  private static String dateTime(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
  }

  /** Reads wire text in a format; date-time accepts offsets, epoch seconds fractions. */
  public static Instant parse(String text, Format format) {
    String s = text.trim();
    try {
      switch (format) {
        case EPOCH_SECONDS:
          return fromEpochSeconds(new BigDecimal(s));
        case HTTP_DATE:
          return ZonedDateTime.parse(s, HTTP_DATE_IN).toInstant();
        default:
          // A date-time without an offset is UTC, as botocore's dateutil reads it.
          return parseInput(s);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new ProtocolException("not a " + format + " timestamp: " + text, e);
    }
  }

  /**
   * Reads wire text in whichever format it is in, as botocore's parser does: the expected format
   * first, then the other two, since services do not always send what their model says.
   */
  public static Instant parseLeniently(String text, Format expected) {
    try {
      return parse(text, expected);
    } catch (ProtocolException e) {
      for (Format f : Format.values()) {
        if (f != expected) {
          try {
            return parse(text, f);
          } catch (ProtocolException ignored) {
            // try the next format
          }
        }
      }
      throw e;
    }
  }

  /**
   * Epoch seconds that arrived as a JSON number, read as botocore reads them: Python's
   * {@code datetime.fromtimestamp} on a float, which rounds to the microsecond half-even.
   */
  public static Instant fromEpochSecondsAsPython(double seconds) {
    if (!Double.isFinite(seconds)) {
      throw new ProtocolException("not an epoch-seconds timestamp: " + seconds);
    }
    double whole = Math.floor(seconds);
    long micros = (long) Math.rint((seconds - whole) * 1e6);
    if (micros >= 1_000_000) {
      whole += 1;
      micros -= 1_000_000;
    }
    return Instant.ofEpochSecond((long) whole, micros * 1000);
  }

  public static Instant fromEpochSeconds(BigDecimal seconds) {
    BigDecimal whole = new BigDecimal(seconds.toBigInteger());
    int nanos = seconds.subtract(whole).movePointRight(9).intValue();
    return Instant.ofEpochSecond(whole.longValueExact(), nanos);
  }

  /**
   * The output text: Python's {@code datetime.isoformat()} in UTC, as the AWS CLI prints it
   * ({@code 2015-01-25T08:00:00+00:00}, {@code 2015-01-25T08:00:00.123000+00:00}); sub-microsecond
   * digits are cut, as Python's datetime cannot hold them.
   */
  public static String toOutput(Instant t) {
    OffsetDateTime d = t.atOffset(ZoneOffset.UTC);
    // By hand, not String.format: answers carry many timestamps and this is on every one.
    StringBuilder sb = new StringBuilder(32);
    int year = d.getYear();
    if (year < 0 || year > 9999) {
      sb.append(year);
    } else {
      pad(sb, year, 4);
    }
    sb.append('-');
    pad(sb, d.getMonthValue(), 2);
    sb.append('-');
    pad(sb, d.getDayOfMonth(), 2);
    sb.append('T');
    pad(sb, d.getHour(), 2);
    sb.append(':');
    pad(sb, d.getMinute(), 2);
    sb.append(':');
    pad(sb, d.getSecond(), 2);
    int micros = d.getNano() / 1000;
    if (micros != 0) {
      sb.append('.');
      pad(sb, micros, 6);
    }
    return sb.append("+00:00").toString();
  }

  private static void pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(digits);
  }
}
