package dev.awsmcp.core.robustness;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.error.CommandError;
import java.util.Optional;

/**
 * The promise {@code AwsMcp.parseAndValidate} makes for any input, as checks the robustness tests
 * share: a result (never null, never an exception), and on failure at least one error, each with
 * a code, a kind and a non-blank message that is not the parser's last-resort report of an
 * exception it caught (that report means a bug threw, even though nothing escaped).
 */
final class ParseContract {
  /** How the parser's catch-all for exceptions (bugs, not bad input) begins its message. */
  static final String SWALLOWED_EXCEPTION = "The command could not be read (";

  private ParseContract() {}

  /** What breaks the contract in this result, if anything. */
  static Optional<String> violation(ParseResult result) {
    if (result == null) {
      return Optional.of("returned null");
    }
    if (result.isSuccess()) {
      return Optional.empty();
    }
    if (result.errors().isEmpty()) {
      return Optional.of("a failure without errors");
    }
    for (CommandError e : result.errors()) {
      if (e.code() == null || e.kind() == null || e.message() == null || e.message().isBlank()) {
        return Optional.of("an error without code, kind or message: " + e);
      }
      if (e.message().startsWith(SWALLOWED_EXCEPTION)) {
        return Optional.of("an exception was thrown inside the parser and caught by its last resort: "
            + Inputs.excerpt(e.message(), 300));
      }
    }
    return Optional.empty();
  }

  /** The first error's code, or {@code OK} for a success: what "a stable code" compares. */
  static String outcome(ParseResult result) {
    return result.isSuccess() ? "OK" : result.errors().get(0).code().wireName();
  }
}
