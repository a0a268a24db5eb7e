package dev.awsmcp.core.validate;

/**
 * Checks the base64 text a blob parameter arrives as (standard alphabet, padding optional, line
 * breaks ignored) and tells its decoded length without decoding it.
 */
final class Base64Text {
  private Base64Text() {}

  /** The number of bytes the text decodes to, or -1 when it is not base64. */
  static long decodedLength(String text) {
    long chars = 0;
    int padding = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        continue;
      }
      if (c == '=') {
        padding++;
        if (padding > 2) {
          return -1;
        }
        continue;
      }
      if (padding > 0 || !isAlphabet(c)) {
        return -1;
      }
      chars++;
    }
    long total = chars + padding;
    if (chars % 4 == 1 || (padding > 0 && total % 4 != 0)) {
      return -1;
    }
    return chars * 3 / 4;
  }

  private static boolean isAlphabet(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
  }
}
