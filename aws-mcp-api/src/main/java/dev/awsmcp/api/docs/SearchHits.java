package dev.awsmcp.api.docs;

import java.util.List;
import java.util.Objects;

/**
 * What a documentation search found, best first.
 *
 * @param phrase the phrase searched for
 * @param hits the pages found; empty when nothing matched
 */
public record SearchHits(String phrase, List<SearchHit> hits) {
  public SearchHits {
    Objects.requireNonNull(phrase, "phrase");
    hits = List.copyOf(hits);
  }
}
