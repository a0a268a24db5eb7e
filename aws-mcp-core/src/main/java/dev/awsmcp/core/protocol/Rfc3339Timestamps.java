package dev.awsmcp.core.protocol;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The one timestamp shape services send nearly always, {@code 2026-11-22T06:44:35.000Z} (or with
 * a {@code ±hh:mm} offset), read without java.time's formatter machinery: a formatter parse costs
 * over a microsecond and an ec2 or s3 answer carries dozens of timestamps, which made it a
 * measured share of reading one. Anything else returns null, for the general formatters to read
 * (and to reject with their own message).
 */
final class Rfc3339Timestamps {
  private Rfc3339Timestamps() {}

  /** The instant, or null when the text is not exactly in this shape or names an impossible time. */
  static Instant parseOrNull(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      int count = i - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nanos = digits(s, start, i);
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = offset(s, i);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    try {
      long epoch = LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC) - offsetSeconds;
      return Instant.ofEpochSecond(epoch, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  // Z, or ±hh:mm ending the text; MIN_VALUE when it is anything else.
  private static int offset(String s, int i) {
    int n = s.length();
    if (n - i == 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
      return 0;
    }
    if (n - i != 6 || s.charAt(i + 3) != ':' || (s.charAt(i) != '+' && s.charAt(i) != '-')) {
      return Integer.MIN_VALUE;
    }
    int hours = digits(s, i + 1, i + 3);
    int minutes = digits(s, i + 4, i + 6);
    if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    return s.charAt(i) == '-' ? -seconds : seconds;
  }

  // The decimal value of s[from, to), or -1 if any character is not a digit.
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
