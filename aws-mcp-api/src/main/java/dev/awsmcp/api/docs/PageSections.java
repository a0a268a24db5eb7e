package dev.awsmcp.api.docs;

import java.util.List;
import java.util.Objects;

/**
 * The sections of a page asked for by title.
 *
 * @param url the page read
 * @param sections the sections found, in page order
 * @param missing the titles asked for that the page has no section for
 * @param available every section title the page has, so a missing title can be corrected
 */
public record PageSections(String url, List<PageSection> sections, List<String> missing, List<String> available) {
  public PageSections {
    Objects.requireNonNull(url, "url");
    sections = List.copyOf(sections);
    missing = List.copyOf(missing);
    available = List.copyOf(available);
  }
}
