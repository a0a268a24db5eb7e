package dev.awsmcp.api.exec;

import java.util.Optional;

/**
 * Per-call settings an agent may choose, on top of what the command line says.
 *
 * @param maxResults the most items auto-pagination returns before it stops and hands back a
 *     continuation token (the {@code max_results} of {@code call_aws}); empty for no cap beyond
 *     the command's own {@code --max-items}
 * @param maxResponseChars the longest rendered response handed back; a longer one is cut and
 *     marked as {@linkplain CallResult#truncation() truncated}; empty for the engine's default
 */
public record CallOptions(Optional<Integer> maxResults, Optional<Integer> maxResponseChars) {
  private static final CallOptions DEFAULTS = new CallOptions(Optional.empty(), Optional.empty());

  public CallOptions {
    maxResults.ifPresent(n -> {
      if (n < 1) {
        throw new IllegalArgumentException("maxResults must be at least 1: " + n);
      }
    });
    maxResponseChars.ifPresent(n -> {
      if (n < 1) {
        throw new IllegalArgumentException("maxResponseChars must be at least 1: " + n);
      }
    });
  }

  public static CallOptions defaults() {
    return DEFAULTS;
  }

  public CallOptions withMaxResults(int n) {
    return new CallOptions(Optional.of(n), maxResponseChars);
  }

  public CallOptions withMaxResponseChars(int n) {
    return new CallOptions(maxResults, Optional.of(n));
  }
}
