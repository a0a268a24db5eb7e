package dev.awsmcp.api;

import dev.awsmcp.api.suggest.SuggestResult;

/**
 * Finds AWS CLI commands for a request in plain language ("stop my virtual machines" →
 * {@code aws ec2 stop-instances}), offline. Implementations are thread-safe and never throw for
 * anything a caller passes: a request that cannot be searched yields a result with an error.
 */
public interface CommandSuggester {
  /** The longest request searched, in characters; longer ones are refused (as the reference server does). */
  int MAX_QUERY_LENGTH = 2_000;

  /** The most suggestions one search returns; a larger limit is lowered to it. */
  int MAX_LIMIT = 50;

  /** How many suggestions {@link #suggest(String)} returns. */
  int DEFAULT_LIMIT = 5;

  /**
   * The commands most likely to do what {@code query} asks, best first.
   *
   * @param query the request; blank or longer than {@link #MAX_QUERY_LENGTH} yields an error
   * @param limit how many suggestions at most; values below 1 are raised to 1, above
   *     {@link #MAX_LIMIT} lowered to it
   */
  SuggestResult suggest(String query, int limit);

  /** The {@link #DEFAULT_LIMIT} commands most likely to do what {@code query} asks. */
  default SuggestResult suggest(String query) {
    return suggest(query, DEFAULT_LIMIT);
  }
}
