package dev.awsmcp.api.docs;

import java.util.List;
import java.util.Objects;

/**
 * The pages recommended for one page, grouped in the order the service lists them.
 *
 * @param url the page the recommendations are for
 * @param pages the recommended pages
 */
public record Recommendations(String url, List<Recommendation> pages) {
  public Recommendations {
    Objects.requireNonNull(url, "url");
    pages = List.copyOf(pages);
  }
}
