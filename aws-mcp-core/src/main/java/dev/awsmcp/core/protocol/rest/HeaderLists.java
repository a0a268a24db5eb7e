package dev.awsmcp.core.protocol.rest;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists in a single header, RFC 9110 style: values joined by {@code ", "}, a value that holds a
 * comma or a double quote sent as a quoted string ({@code "b,c"}, {@code "\"def\""}). HTTP dates
 * hold a comma of their own but are never quoted, so splitting them is a case of its own.
 */
final class HeaderLists {
  private HeaderLists() {}

  /** Joins values; {@code quote} is false for values whose commas are part of their format. */
  static String join(List<String> values, boolean quote) {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(quote && needsQuotes(v) ? quoted(v) : v);
    }
    return sb.toString();
  }

  private static boolean needsQuotes(String v) {
    return v.indexOf(',') >= 0 || v.indexOf('"') >= 0;
  }

  private static String quoted(String v) {
    return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Splits a header into its values, unquoting quoted strings and trimming the others. */
  static List<String> split(String header) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = header.length();
    while (i <= n) {
      while (i < n && header.charAt(i) == ' ') {
        i++;
      }
      if (i < n && header.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < n && header.charAt(i) != '"') {
          char c = header.charAt(i++);
          if (c == '\\' && i < n) {
            c = header.charAt(i++);
          }
          sb.append(c);
        }
        out.add(sb.toString());
        int comma = header.indexOf(',', i);
        i = comma < 0 ? n + 1 : comma + 1;
      } else {
        int comma = header.indexOf(',', i);
        int end = comma < 0 ? n : comma;
        out.add(header.substring(i, end).trim());
        i = end + 1;
      }
    }
    return out;
  }

  /** Splits a list of HTTP dates: every second comma ends a value ({@code Mon, 16 Dec 2019 ...}). */
  static List<String> splitHttpDates(String header) {
    List<String> parts = split(header);
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < parts.size(); i += 2) {
      out.add(parts.get(i) + ", " + parts.get(i + 1));
    }
    if (parts.size() % 2 == 1) {
      out.add(parts.get(parts.size() - 1));
    }
    return out;
  }
}
