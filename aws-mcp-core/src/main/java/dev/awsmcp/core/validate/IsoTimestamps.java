package dev.awsmcp.core.validate;

import java.text.ParsePosition;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Recognizes the ISO-8601 forms a timestamp parameter arrives in: a date ({@code 2024-05-01}) or
 * a date and time with optional fraction and optional offset or zone ({@code 2024-05-01T10:00Z},
 * {@code 2024-05-01T10:00:00.5+02:00}); a space may stand for the {@code T}. Parsing does not
 * throw, so a valid value costs no exception.
 */
final class IsoTimestamps {
  private IsoTimestamps() {}

  static boolean isValid(String text) {
    String s = text.trim();
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    return parses(DateTimeFormatter.ISO_DATE_TIME, s) || parses(DateTimeFormatter.ISO_DATE, s);
  }

  private static boolean parses(DateTimeFormatter formatter, String s) {
    ParsePosition pos = new ParsePosition(0);
    TemporalAccessor parsed = formatter.parseUnresolved(s, pos);
    if (parsed == null || pos.getErrorIndex() >= 0 || pos.getIndex() != s.length()) {
      return false;
    }
    try {
      formatter.parse(s);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
