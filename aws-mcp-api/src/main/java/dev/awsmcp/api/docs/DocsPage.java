package dev.awsmcp.api.docs;

import java.util.Objects;
import java.util.Optional;

/**
 * One window of a documentation page as Markdown. Long pages are read in windows: ask again with
 * {@link #nextStartIndex()} for the rest.
 *
 * @param url the page read
 * @param title the page title, if it has one
 * @param markdown the window's text
 * @param startIndex where the window starts in the whole page's Markdown, in characters
 * @param totalLength the length of the whole page's Markdown, in characters
 * @param nextStartIndex where the next window starts; empty when this window reaches the end
 */
public record DocsPage(
    String url, Optional<String> title, String markdown, int startIndex, int totalLength,
    Optional<Integer> nextStartIndex) {
  public DocsPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(nextStartIndex, "nextStartIndex");
    if (startIndex < 0 || totalLength < 0) {
      throw new IllegalArgumentException("negative index or length");
    }
    nextStartIndex.ifPresent(next -> {
      if (next <= startIndex || next > totalLength) {
        throw new IllegalArgumentException("next window must start after this one and inside the page");
      }
    });
  }
}
