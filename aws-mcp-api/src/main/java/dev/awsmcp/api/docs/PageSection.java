package dev.awsmcp.api.docs;

import java.util.Objects;

/**
 * One section of a documentation page: its heading and everything up to the next heading of the
 * same or a higher level.
 *
 * @param title the heading text
 * @param markdown the section as Markdown, heading included
 */
public record PageSection(String title, String markdown) {
  public PageSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(markdown, "markdown");
  }
}
