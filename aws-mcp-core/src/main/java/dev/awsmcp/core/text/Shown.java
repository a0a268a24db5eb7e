package dev.awsmcp.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How words from a command line appear inside error messages: control and bidirectional
 * formatting characters escaped (a message must not repaint a terminal or reorder text), long
 * words cut, long lists shortened. Messages stay small whatever the input.
 */
public final class Shown {
  /** Characters of one word shown before it is cut. */
  public static final int WORD_CHARS = 64;
  /** Words listed before a list is cut. */
  public static final int LISTED_WORDS = 10;

  private Shown() {}

  /** The word, escaped and cut when long. */
  public static String word(String word) {
    StringBuilder out = new StringBuilder(Math.min(word.length(), WORD_CHARS) + 8);
    int shown = 0;
    for (int i = 0; i < word.length() && shown < WORD_CHARS; i++, shown++) {
      char c = word.charAt(i);
      if (Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
          || c == '\u200e' || c == '\u200f' || (Character.isSurrogate(c) && !pairedAt(word, i))) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
        if (Character.isHighSurrogate(c)) {
          out.append(word.charAt(++i));
        }
      }
    }
    if (shown < word.length() && out.length() > 0 && word.length() > WORD_CHARS) {
      out.append("... (").append(word.length()).append(" characters)");
    }
    return out.toString();
  }

  /** {@code a, b, c}, or the first words and how many there are in all. */
  public static String words(List<String> words) {
    List<String> shown = new ArrayList<>(Math.min(words.size(), LISTED_WORDS));
    for (int i = 0; i < words.size() && i < LISTED_WORDS; i++) {
      shown.add(word(words.get(i)));
    }
    String list = String.join(", ", shown);
    return words.size() > LISTED_WORDS ? list + ", ... (" + words.size() + " in all)" : list;
  }

  private static boolean pairedAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
