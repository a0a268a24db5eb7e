package dev.awsmcp.core.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets recognisable in any text, whatever syntax carries them: {@code Name=value} and {@code
 * "Name": "value"} pairs under a {@link SecretNames secret name} (shorthand, JSON, INI, query
 * strings), PEM private keys, AWS access key ids, and passwords in URLs. Used on every value word
 * of a command, on raw lines that did not parse, and on reasons. Thread-safe.
 */
final class SecretPatterns {
  static final String MASK = "****";

  // A key (bare or quoted), "=" or ":", then a quoted or bare value. Keys may contain dots and
  // dashes (INI and query strings); a bare value ends at the next separator of shorthand or JSON.
  private static final Pattern KEY_VALUE = Pattern.compile(
      "(?<key>\"[A-Za-z_][\\w.-]*\"|'[A-Za-z_][\\w.-]*'|[A-Za-z_][\\w.-]*)(?<sep>\\s*[=:]\\s*)"
          + "(?<value>\"(?:[^\"\\\\]|\\\\.)*\"?|'[^']*'?|[^,\\s}\\])&;]*)");

  // Everything between the armour lines goes, including an armour that never ends.
  private static final Pattern PEM_PRIVATE_KEY = Pattern.compile(
      "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\\s\\S]*?(?:-----END \\1PRIVATE KEY-----|$)");

  // Long-term (AKIA) and temporary (ASIA) access key ids: the prefix says which, the rest goes.
  private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b");

  private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]+:)[^/\\s@]+@");

  private SecretPatterns() {}

  /** The text with every recognisable secret replaced by {@link #MASK}. */
  static String redact(String text) {
    if (text.isEmpty()) {
      return text;
    }
    String s = PEM_PRIVATE_KEY.matcher(text).replaceAll(
        m -> Matcher.quoteReplacement("-----BEGIN " + m.group(1) + "PRIVATE KEY-----" + MASK
            + "-----END " + m.group(1) + "PRIVATE KEY-----"));
    s = redactKeyValues(s);
    s = ACCESS_KEY_ID.matcher(s).replaceAll("$1" + MASK);
    return URL_PASSWORD.matcher(s).replaceAll("$1" + MASK + "@");
  }

  private static String redactKeyValues(String s) {
    Matcher m = KEY_VALUE.matcher(s);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String key = unquote(m.group("key"));
      String value = m.group("value");
      if (!SecretNames.isSecret(key) || value.isEmpty() || isMask(value)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, last, m.start("value")).append(maskKeepingQuotes(value));
      last = m.end("value");
    }
    return out == null ? s : out.append(s, last, s.length()).toString();
  }

  private static boolean isMask(String value) {
    return unquote(value).equals(MASK);
  }

  private static String maskKeepingQuotes(String value) {
    char first = value.charAt(0);
    return first == '"' || first == '\'' ? first + MASK + first : MASK;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
