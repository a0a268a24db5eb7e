package dev.awsmcp.core.cli;

import dev.awsmcp.core.text.PythonStr;

/**
 * Python's idea of text, where the AWS CLI's behaviour depends on it: which characters
 * {@code str.strip()} and the regular-expression class {@code \s} treat as whitespace, and how
 * {@code repr()} quotes a value in an error message. Stateless.
 */
final class ScalarValueText {
  /** How much of a value error messages echo. */
  static final int ECHO_LIMIT = 200;

  private ScalarValueText() {}

  /** Python's {@code str.isspace()} for one code point (also the {@code \s} of {@code re}). */
  static boolean isPythonSpace(int cp) {
    if (cp <= 0x20) {
      return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    }
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
  }

  /** Python's {@code str.strip()}. */
  static String strip(String s) {
    return rstrip(lstrip(s));
  }

  /** Python's {@code str.lstrip()}. */
  static String lstrip(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isPythonSpace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return s.substring(i);
  }

  /** Python's {@code str.rstrip()}. */
  static String rstrip(String s) {
    int end = s.length();
    while (end > 0) {
      int cp = s.codePointBefore(end);
      if (!isPythonSpace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return s.substring(0, end);
  }

  /**
   * Python's {@code repr()} of a string, as the CLI's messages show values ({@code 'abc'}), cut
   * to {@link #ECHO_LIMIT} characters.
   */
  static String repr(String s) {
    String shown = truncate(s);
    char quote = shown.indexOf('\'') >= 0 && shown.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder(shown.length() + 2).append(quote);
    shown.codePoints().forEach(cp -> {
      if (cp == quote || cp == '\\') {
        sb.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        sb.append("\\n");
      } else if (cp == '\r') {
        sb.append("\\r");
      } else if (cp == '\t') {
        sb.append("\\t");
      } else if (PythonStr.isPrintable(cp)) {
        sb.appendCodePoint(cp);
      } else if (cp <= 0xFF) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp <= 0xFFFF) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    });
    return sb.append(quote).toString();
  }

  /** The value, or its first {@link #ECHO_LIMIT} characters and a note of how much was cut. */
  static String truncate(String s) {
    return truncate(s, ECHO_LIMIT);
  }

  /** The value, or its first {@code limit} characters and a note of how much was cut. */
  static String truncate(String s, int limit) {
    if (s.length() <= limit) {
      return s;
    }
    int cut = limit;
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut) + "... (" + (s.length() - cut) + " more characters)";
  }
}
