package dev.awsmcp.core.robustness;

import java.util.Random;

/** Building and showing the large and odd command lines the robustness tests feed the engine. */
final class Inputs {
  private static final String[] WORDS = {
      "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"};

  private Inputs() {}

  /** {@code unit} repeated {@code times} times. */
  static String repeat(String unit, int times) {
    return unit.repeat(times);
  }

  /** Words from a small fixed list, chosen by {@code random}, joined by spaces, about {@code chars} long. */
  static String randomWords(Random random, int chars) {
    StringBuilder sb = new StringBuilder(chars + 16);
    while (sb.length() < chars) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  /** Random bytes read as ISO-8859-1, so every value 0-255 becomes one character. */
  static String randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /**
   * A printable excerpt of a possibly huge input: its length, its first and last characters, with
   * control characters, non-ASCII characters and surrogates escaped as {@code \\uXXXX}.
   */
  static String excerpt(String s, int max) {
    if (s == null) {
      return "null";
    }
    String shown = s.length() <= max ? escape(s)
        : escape(s.substring(0, max / 2)) + " ... " + escape(s.substring(s.length() - max / 2));
    return shown + " (" + s.length() + " chars)";
  }

  /** Java source text for the string: what to paste into a test that reproduces a finding. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '"') {
        sb.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }
}
