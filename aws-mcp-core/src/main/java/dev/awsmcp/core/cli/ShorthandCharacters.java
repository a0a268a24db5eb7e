package dev.awsmcp.core.cli;

/**
 * The character classes of awscli's shorthand regular expressions, code point by code point.
 * Characters beyond U+FFFF belong to none of the value classes, as in the CLI's patterns, which
 * end there.
 */
final class ShorthandCharacters {
  private ShorthandCharacters() {}

  /** Key characters: {@code [A-Za-z0-9_.#/:-]}. */
  static boolean isKeyChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '.' || c == '#' || c == '/' || c == ':';
  }

  /** Where a value may start: up to U+FFFF, but no quote, comma, equals, opening bracket or space. */
  static boolean isStartChar(int c) {
    return c == '!' || (c >= '#' && c <= '&') || (c >= '(' && c <= '+') || (c >= '-' && c <= '<')
        || (c >= '>' && c <= 'Z') || (c >= '\\' && c <= 'z') || (c >= '|' && c <= 0xFFFF);
  }

  /** What may follow in a first value: also whitespace, equals and opening brackets; no closing ones. */
  static boolean isFirstFollowChar(int c) {
    return isClassSpace(c) || c == '!' || (c >= '#' && c <= '&') || (c >= '(' && c <= '+')
        || (c >= '-' && c <= '\\') || (c >= '^' && c <= '|') || (c >= '~' && c <= 0xFFFF);
  }

  /** What may follow in a further comma-list value: whitespace and any bracket, but no equals sign. */
  static boolean isSecondFollowChar(int c) {
    return isClassSpace(c) || c == '!' || (c >= '#' && c <= '&') || (c >= '(' && c <= '+')
        || (c >= '-' && c <= '<') || (c >= '>' && c <= 0xFFFF);
  }

  /** {@code \s} below {@code ~}; the classes hold every character from there on anyway. */
  static boolean isClassSpace(int c) {
    return c < 0x7F && ScalarValueText.isPythonSpace(c);
  }
}
