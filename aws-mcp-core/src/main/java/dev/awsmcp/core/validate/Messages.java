package dev.awsmcp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** Wording shared by validation messages: quoted values, name lists, counts. */
final class Messages {
  /** Characters of a value shown before it is cut. */
  static final int SHOWN_CHARS = 64;
  /** Names listed before the list is cut. */
  static final int LISTED_NAMES = 25;

  private Messages() {}

  /** A value in single quotes, cut when long; a sensitive value is not shown. */
  static String quote(String value, boolean sensitive) {
    if (sensitive) {
      return "(sensitive, not shown)";
    }
    if (value.length() <= SHOWN_CHARS) {
      return "'" + value + "'";
    }
    int end = SHOWN_CHARS;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return "'" + value.substring(0, end) + "...' (" + value.length() + " characters)";
  }

  /** What a JSON value is, for type errors: {@code string 'abc'}, {@code number 5}, {@code a list}. */
  static String describe(JsonNode v, boolean sensitive) {
    switch (v.getNodeType()) {
      case STRING: return "string " + quote(v.textValue(), sensitive);
      case NUMBER: return sensitive ? "a number" : "number " + v.asText();
      case BOOLEAN: return "boolean " + v.asText();
      case ARRAY: return "a list";
      case OBJECT: return "an object";
      case NULL: return "null";
      default: return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code a, b, c}, or the first names and how many there are in all. */
  static String list(List<String> names) {
    if (names.isEmpty()) {
      return "(none)";
    }
    if (names.size() <= LISTED_NAMES) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, LISTED_NAMES)) + ", ... (" + names.size() + " in all)";
  }

  /** {@code  (did you mean 'x'?)} or {@code  (did you mean 'x' or 'y'?)}; empty without suggestions. */
  static String didYouMean(List<String> suggestions) {
    if (suggestions.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" (did you mean ");
    for (int i = 0; i < suggestions.size(); i++) {
      if (i > 0) {
        sb.append(i == suggestions.size() - 1 ? " or " : ", ");
      }
      sb.append('\'').append(suggestions.get(i)).append('\'');
    }
    return sb.append("?)").toString();
  }

  /** {@code 1 item}, {@code 3 items}. */
  static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }

  /** A model bound without a needless {@code .0}. */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }
}
