package dev.awsmcp.api.docs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One documentation page a search found.
 *
 * @param rank the position in the answer, from 1
 * @param title the page title
 * @param url the page address: an {@code https://docs.aws.amazon.com/} URL, or {@code aws SERVICE
 *     OPERATION} for a reference page generated from the models
 * @param context a summary or excerpt, if the source gave one
 * @param sections section titles of the page the hit points into, if known
 */
public record SearchHit(int rank, String title, String url, Optional<String> context, List<String> sections) {
  public SearchHit {
    if (rank < 1) {
      throw new IllegalArgumentException("rank starts at 1: " + rank);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(context, "context");
    sections = List.copyOf(sections);
  }
}
