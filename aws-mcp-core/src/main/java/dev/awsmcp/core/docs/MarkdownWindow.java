package dev.awsmcp.core.docs;

import dev.awsmcp.api.docs.DocsPage;
import java.util.Optional;

/**
 * Cuts a page's Markdown into the window an agent asked for, in characters as the reference
 * server counts them, never splitting a surrogate pair. Stateless.
 */
final class MarkdownWindow {
  private MarkdownWindow() {}

  /** Whether a window may start at {@code startIndex} of a page this long. */
  static boolean startsInside(int startIndex, int totalLength) {
    return startIndex == 0 || startIndex < totalLength;
  }

  static DocsPage of(String url, Optional<String> title, String markdown, int startIndex, int maxLength) {
    int total = markdown.length();
    int start = Math.min(startIndex, total);
    int end = (int) Math.min((long) start + maxLength, total);
    if (end < total && end > start && Character.isHighSurrogate(markdown.charAt(end - 1))) {
      end--;
    }
    Optional<Integer> next = end < total ? Optional.of(end) : Optional.empty();
    return new DocsPage(url, title, markdown.substring(start, end), start, total, next);
  }
}
