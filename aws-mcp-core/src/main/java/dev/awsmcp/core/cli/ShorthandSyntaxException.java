package dev.awsmcp.core.cli;

import dev.awsmcp.api.error.ErrorCode;

/**
 * A shorthand syntax error at one position. The parser throws and catches these while it
 * backtracks, so the message (which quotes the input) is only built when asked for.
 */
final class ShorthandSyntaxException extends ArgumentValueException {
  private static final long serialVersionUID = 1L;
  /** Inputs longer than this are shown as a window around the error. */
  private static final int SHOWN = 160;

  private final transient int[] input;
  private final String prefix;
  private final String suffix;
  private final int index;

  private ShorthandSyntaxException(int[] input, String prefix, String suffix, int index) {
    super(ErrorCode.INVALID_SHORTHAND, prefix);
    this.input = input;
    this.prefix = prefix;
    this.suffix = suffix;
    this.index = index;
  }

  static ShorthandSyntaxException expected(int[] input, String expected, String actual, int index) {
    return new ShorthandSyntaxException(
        input, "Expected: '" + expected + "', received: '" + actual + "' for input:\n", "", index);
  }

  static ShorthandSyntaxException duplicateKey(int[] input, String key, int index) {
    return new ShorthandSyntaxException(input,
        "Second instance of key \"" + key + "\" encountered for input:\n",
        "\nThis is often because there is a preceding \",\" instead of a space.", index);
  }

  @Override
  public String getMessage() {
    return prefix + location(input, index) + suffix;
  }

  /**
   * The CLI's error location: the input up to the end of the failing line, a caret under the
   * failing position, then the rest of the input. Long inputs are cut to a window.
   */
  static String location(int[] input, int index) {
    int from = 0;
    int to = input.length;
    String before = "";
    String after = "";
    if (input.length > 2 * SHOWN) {
      from = Math.max(0, index - SHOWN / 2);
      to = Math.min(input.length, index + SHOWN / 2);
      before = from > 0 ? "..." : "";
      after = to < input.length ? "..." : "";
    }
    String value = before + new String(input, from, to - from) + after;
    int at = before.length() + new String(input, from, index - from).length();
    String consumed = value;
    String remaining = "";
    int spaces = value.codePointCount(0, at);
    int lastNewline = value.lastIndexOf('\n', at - 1);
    if (lastNewline >= 0) {
      spaces = value.codePointCount(lastNewline + 1, at);
    }
    int nextNewline = value.indexOf('\n', at);
    if (nextNewline >= 0) {
      consumed = value.substring(0, nextNewline);
      remaining = value.substring(nextNewline);
    }
    return consumed + "\n" + " ".repeat(spaces) + "^" + remaining;
  }
}
