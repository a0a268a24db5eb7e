package dev.awsmcp.api.docs;

import java.util.List;

/**
 * Narrows a documentation search to products (for example {@code Amazon S3}) and guides (for
 * example {@code User Guide}), as the AWS documentation search offers them. Empty lists filter
 * nothing.
 *
 * @param products product names; a hit must belong to one of them
 * @param guides guide names; a hit must belong to one of them
 */
public record SearchFilters(List<String> products, List<String> guides) {
  private static final SearchFilters NONE = new SearchFilters(List.of(), List.of());

  public SearchFilters {
    products = List.copyOf(products);
    guides = List.copyOf(guides);
  }

  /** No filter. */
  public static SearchFilters none() {
    return NONE;
  }

  /** Only the given product. */
  public static SearchFilters product(String product) {
    return new SearchFilters(List.of(product), List.of());
  }

  public boolean isEmpty() {
    return products.isEmpty() && guides.isEmpty();
  }
}
