package dev.awsmcp.core.docs;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the documentation lives: the pages, the search endpoint and the recommendations endpoint.
 * The defaults are AWS's; tests and mirrors point them elsewhere. A page address an agent gives is
 * always checked as an {@code https://docs.aws.amazon.com/} address and then fetched from
 * {@link #pages()}, so a mirror changes where pages come from, not which pages may be read.
 *
 * @param pages the origin pages are fetched from, for example {@code https://docs.aws.amazon.com}
 * @param search the search endpoint ({@code POST}, JSON)
 * @param recommendations the recommendations endpoint ({@code GET ?path=...})
 */
public record DocsEndpoints(URI pages, URI search, URI recommendations) {
  /** The canonical documentation origin every page address must name. */
  public static final String DOCS_HOST = "docs.aws.amazon.com";

  private static final DocsEndpoints AWS = new DocsEndpoints(
      URI.create("https://" + DOCS_HOST),
      URI.create("https://proxy.search.docs.aws.com/search"),
      URI.create("https://api.contentrecs.docs.aws.com/v1/recommendations"));

  public DocsEndpoints {
    check(pages, "pages");
    check(search, "search");
    check(recommendations, "recommendations");
    if (pages.getRawPath() != null && !pages.getRawPath().isEmpty() && !pages.getRawPath().equals("/")) {
      throw new IllegalArgumentException("the pages endpoint is an origin without a path: " + pages);
    }
  }

  /** AWS's public endpoints. */
  public static DocsEndpoints aws() {
    return AWS;
  }

  /** The three endpoints served from one local origin (a test peer or a mirror): paths as AWS's. */
  public static DocsEndpoints at(URI origin) {
    String base = origin.toString().replaceAll("/+$", "");
    return new DocsEndpoints(URI.create(base), URI.create(base + "/search"),
        URI.create(base + "/v1/recommendations"));
  }

  private static void check(URI uri, String what) {
    Objects.requireNonNull(uri, what);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new IllegalArgumentException("the " + what + " endpoint must be an absolute http(s) URL: " + uri);
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("the " + what + " endpoint must have no user info, query or fragment: " + uri);
    }
  }
}
