package dev.awsmcp.core.exec;

import java.util.regex.Pattern;

/**
 * How the AWS CLI v2's YAML output (ruamel.yaml's safe dumper over libyaml's emitter, YAML 1.2
 * resolution, unicode allowed) quotes a string: plain when it reads back as the same string and
 * has no indicator or awkward whitespace, else single-quoted when that can hold it, else
 * double-quoted with escapes.
 */
enum YamlScalarStyle {
  PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED;

  // Plain texts YAML 1.2 reads as something other than a string (ruamel's 1.2 resolvers).
  private static final Pattern NOT_A_STRING = Pattern.compile(String.join("|",
      "(?:true|True|TRUE|false|False|FALSE)",
      "(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
          + "|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)"
          + "|[-+]?\\.[0-9_]+(?:[eE][-+][0-9]+)?"
          + "|[-+]?\\.(?:inf|Inf|INF)"
          + "|\\.(?:nan|NaN|NAN))",
      "(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)",
      "<<",
      "(?:~|null|Null|NULL|)",
      "(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
          + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]"
          + "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)",
      "=",
      "[!&*]"));

  /** The style libyaml picks for a string; {@code simpleKey} when it is a mapping key. */
  static YamlScalarStyle of(String value, boolean simpleKey) {
    Analysis a = new Analysis(value);
    if (simpleKey && a.multiline) {
      return DOUBLE_QUOTED;
    }
    boolean plain = a.blockPlainAllowed && !(value.isEmpty() && simpleKey) && resolvesToString(value);
    if (plain) {
      return PLAIN;
    }
    return a.singleQuotedAllowed ? SINGLE_QUOTED : DOUBLE_QUOTED;
  }

  static boolean resolvesToString(String value) {
    // Python's re $ also matches before one final newline
    String v = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
    return !NOT_A_STRING.matcher(v).matches();
  }

  /** libyaml's printable set with unicode allowed: no C0/C1 controls but LF, no BOM, nothing past the BMP. */
  static boolean isPrintable(int cp) {
    return cp == 0x0A || (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF);
  }

  static boolean isBreak(int cp) {
    return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
  }

  private static boolean isBlankOrEnd(int[] cps, int i) {
    return i >= cps.length || cps[i] == ' ' || cps[i] == '\t' || isBreak(cps[i]) || cps[i] == 0;
  }

  /** libyaml's yaml_emitter_analyze_scalar for block context. */
  private static final class Analysis {
    boolean multiline;
    boolean blockPlainAllowed = true;
    boolean singleQuotedAllowed = true;

    Analysis(String value) {
      int[] cps = value.codePoints().toArray();
      if (cps.length == 0) {
        return;
      }
      boolean blockIndicators = value.startsWith("---") || value.startsWith("...");
      boolean lineBreaks = false;
      boolean special = false;
      boolean leadingSpace = false;
      boolean leadingBreak = false;
      boolean trailingSpace = false;
      boolean trailingBreak = false;
      boolean breakSpace = false;
      boolean spaceBreak = false;
      boolean previousSpace = false;
      boolean previousBreak = false;
      boolean precededByWhitespace = true;
      boolean followedByWhitespace = isBlankOrEnd(cps, 1);
      for (int i = 0; i < cps.length; i++) {
        int c = cps[i];
        if (i == 0) {
          if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
            blockIndicators = true;
          }
          if ((c == '?' || c == ':') && followedByWhitespace) {
            blockIndicators = true;
          }
          if (c == '-' && followedByWhitespace) {
            blockIndicators = true;
          }
        } else {
          if (c == ':' && followedByWhitespace) {
            blockIndicators = true;
          }
          if (c == '#' && precededByWhitespace) {
            blockIndicators = true;
          }
        }
        if (!isPrintable(c)) {
          special = true;
        }
        if (isBreak(c)) {
          lineBreaks = true;
        }
        if (c == ' ') {
          leadingSpace |= i == 0;
          trailingSpace |= i == cps.length - 1;
          breakSpace |= previousBreak;
          previousSpace = true;
          previousBreak = false;
        } else if (isBreak(c)) {
          leadingBreak |= i == 0;
          trailingBreak |= i == cps.length - 1;
          spaceBreak |= previousSpace;
          previousSpace = false;
          previousBreak = true;
        } else {
          previousSpace = false;
          previousBreak = false;
        }
        precededByWhitespace = isBlankOrEnd(cps, i);
        followedByWhitespace = isBlankOrEnd(cps, i + 2);
      }
      multiline = lineBreaks;
      if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
        blockPlainAllowed = false;
      }
      if (breakSpace) {
        blockPlainAllowed = false;
        singleQuotedAllowed = false;
      }
      if (spaceBreak || special) {
        blockPlainAllowed = false;
        singleQuotedAllowed = false;
      }
      if (lineBreaks || blockIndicators) {
        blockPlainAllowed = false;
      }
    }
  }
}
