package dev.awsmcp.api.command;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The CLI's pagination options of a command.
 *
 * @param available whether the operation has a paginator at all
 * @param startingToken {@code --starting-token}
 * @param pageSize {@code --page-size}
 * @param maxItems {@code --max-items}
 * @param noPaginate {@code --no-paginate}: fetch one page only
 */
public record Pagination(
    boolean available,
    Optional<String> startingToken,
    OptionalInt pageSize,
    OptionalInt maxItems,
    boolean noPaginate) {

  private static final Pagination NONE =
      new Pagination(false, Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), false);

  public Pagination {
    Objects.requireNonNull(startingToken, "startingToken");
    Objects.requireNonNull(pageSize, "pageSize");
    Objects.requireNonNull(maxItems, "maxItems");
  }

  /** No paginator and no options. */
  public static Pagination none() {
    return NONE;
  }

  /** Whether the engine should follow pages automatically. */
  public boolean autoPaginate() {
    return available && !noPaginate;
  }
}
