package dev.awsmcp.core.cli;

/**
 * One word of a command line after shell-style tokenising.
 *
 * @param text the word with quotes and escapes removed
 * @param quoted whether any part of the word was quoted or escaped (so it cannot be the
 *     {@code aws} or {@code help} keyword)
 */
record Token(String text, boolean quoted) {

  /**
   * Whether argparse would take the word for an option: it starts with {@code -}, is not a
   * negative number, and has no space before any {@code =}. Quotes do not matter: the CLI never
   * sees them.
   */
  boolean looksLikeOption() {
    if (text.length() < 2 || text.charAt(0) != '-' || isNegativeNumber(text)) {
      return false;
    }
    int eq = text.indexOf('=');
    int space = text.indexOf(' ');
    return space < 0 || (eq >= 0 && eq < space);
  }

  static boolean isNegativeNumber(String s) {
    if (s.length() < 2 || s.charAt(0) != '-') {
      return false;
    }
    boolean digit = false;
    boolean dot = false;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return false;
      }
    }
    return digit;
  }
}
