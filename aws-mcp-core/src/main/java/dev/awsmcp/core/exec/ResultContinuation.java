package dev.awsmcp.core.exec;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Ties a merged paginated answer to its continuation tokens: which member holds the items that
 * {@code --max-items} counts, and the {@code --starting-token} that resumes after the first n of
 * them. {@link ResponseLimiter} uses it to say exactly where an answer it shortened goes on.
 *
 * @param primaryResultKey the dotted path of the counted list in the answer ({@code Reservations})
 * @param tokenAfter the token resuming after the first n items; empty when nothing follows
 */
record ResultContinuation(String primaryResultKey, IntFunction<Optional<String>> tokenAfter) {
  ResultContinuation {
    Objects.requireNonNull(primaryResultKey, "primaryResultKey");
    Objects.requireNonNull(tokenAfter, "tokenAfter");
  }
}
