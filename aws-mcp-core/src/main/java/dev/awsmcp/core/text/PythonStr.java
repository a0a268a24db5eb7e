package dev.awsmcp.core.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's {@code str()} of a JSON value, as the CLI's text and table formats print cells:
 * {@code True}, {@code None}, float {@code repr}, and for lists and objects their Python
 * {@code repr} ({@code ['a', 1]}, {@code {'k': None}}). Also Python's string order.
 */
public final class PythonStr {
  /** Python's {@code sorted()} order of strings: by code point. */
  public static final Comparator<String> CODE_POINT_ORDER = PythonStr::compareCodePoints;

  private PythonStr() {}

  public static String str(JsonNode v) {
    if (v.isTextual()) {
      return v.textValue();
    }
    StringBuilder out = new StringBuilder();
    repr(v, out);
    return out.toString();
  }

  private static void repr(JsonNode v, StringBuilder out) {
    if (v.isTextual()) {
      reprString(v.textValue(), out);
    } else if (v.isNull() || v.isMissingNode()) {
      out.append("None");
    } else if (v.isBoolean()) {
      out.append(v.booleanValue() ? "True" : "False");
    } else if (v.isIntegralNumber()) {
      out.append(v.bigIntegerValue());
    } else if (v.isNumber()) {
      out.append(PythonFloat.repr(v.doubleValue()));
    } else if (v.isArray()) {
      out.append('[');
      for (int i = 0; i < v.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        repr(v.get(i), out);
      }
      out.append(']');
    } else if (v.isObject()) {
      out.append('{');
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.append(first ? "" : ", ");
        first = false;
        reprString(e.getKey(), out);
        out.append(": ");
        repr(e.getValue(), out);
      }
      out.append('}');
    } else {
      reprString(v.asText(), out);
    }
  }

  // repr(str): single quotes unless the text has ' and no ", escapes for the unprintable.
  private static void reprString(String s, StringBuilder out) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    out.append(quote);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp < 0x20 || cp == 0x7f) {
        out.append(String.format("\\x%02x", cp));
      } else if (cp >= 0x80 && !isPrintable(cp)) {
        out.append(cp <= 0xff ? String.format("\\x%02x", cp)
            : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    out.append(quote);
  }

  /**
   * Python's {@code str.isprintable()} for one code point: not a control, format, surrogate,
   * private-use, unassigned or separator character (the ASCII space excepted).
   */
  public static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  public static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
