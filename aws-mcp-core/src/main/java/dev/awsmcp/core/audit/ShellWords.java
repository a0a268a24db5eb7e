package dev.awsmcp.core.audit;

import java.util.List;

/**
 * Joins words back into one command line that splits into the same words again: a word with
 * anything a shell would read is single-quoted. The redacted line is rebuilt from words rather
 * than edited in place because a secret may be spelled with quotes and escapes in the original.
 */
final class ShellWords {
  private ShellWords() {}

  static String join(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(quote(w));
    }
    return sb.toString();
  }

  static String quote(String word) {
    if (!word.isEmpty() && isPlain(word)) {
      return word;
    }
    // '...' keeps everything literally; a single quote is closed, escaped and reopened.
    return "'" + word.replace("'", "'\\''") + "'";
  }

  // The mask (****) stays unquoted: no shell runs these lines and quotes would only add noise.
  private static boolean isPlain(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-_=+,./:@%*^~[]{}".indexOf(c) >= 0;
      if (!plain) {
        return false;
      }
    }
    return true;
  }
}
