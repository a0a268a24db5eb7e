package dev.awsmcp.api.docs;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A page the AWS documentation recommends reading after another.
 *
 * @param kind why it is recommended
 * @param title the page title
 * @param url the page address
 * @param context an abstract, the reading intent, or when the page was added, if known
 */
public record Recommendation(Kind kind, String title, String url, Optional<String> context) {

  /** The list of the recommendation service a page came from. */
  public enum Kind {
    /** Pages readers rated highly. */
    HIGHLY_RATED,
    /** Pages readers went on to next, grouped by what they meant to do. */
    JOURNEY,
    /** Pages added recently. */
    NEW,
    /** Pages on a similar subject. */
    SIMILAR;

    /** The stable name used in JSON output, for example {@code highly_rated}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Recommendation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(context, "context");
  }
}
