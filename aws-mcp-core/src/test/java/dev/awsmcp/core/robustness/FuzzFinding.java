package dev.awsmcp.core.robustness;

import dev.awsmcp.api.ParseResult;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One input that broke the parser's contract, and how: {@code signature} names the kind of
 * breakage (the exception class, or the contract clause), so that a smaller input can be checked
 * to break it the same way.
 */
record FuzzFinding(long number, String kind, String input, String signature, String detail) {

  /** What the input did, or empty when it kept the contract. */
  static Optional<FuzzFinding> check(long number, String kind, String input, ParseOutcome outcome) {
    if (outcome.thrown() != null) {
      Throwable t = outcome.thrown();
      return Optional.of(new FuzzFinding(number, kind, input, "threw " + t.getClass().getName(), stackTrace(t)));
    }
    return ParseContract.violation(outcome.result())
        .map(v -> new FuzzFinding(number, kind, input, signature(v), v));
  }

  /** Parses once, catching everything. */
  static ParseOutcome run(dev.awsmcp.core.AwsMcp engine, String input) {
    try {
      return new ParseOutcome(engine.parseAndValidate(input), null);
    } catch (Throwable t) {
      return new ParseOutcome(null, t);
    }
  }

  /** What one call did: a result, or what it threw. */
  record ParseOutcome(ParseResult result, Throwable thrown) {}

  // The clause broken and, for a swallowed exception, its class ("(StackOverflowError)").
  private static String signature(String violation) {
    int open = violation.indexOf(ParseContract.SWALLOWED_EXCEPTION);
    if (open >= 0) {
      int from = open + ParseContract.SWALLOWED_EXCEPTION.length();
      int close = violation.indexOf(')', from);
      return "swallowed " + violation.substring(from, close < 0 ? violation.length() : close);
    }
    int colon = violation.indexOf(':');
    return colon < 0 ? violation : violation.substring(0, colon);
  }

  private static String stackTrace(Throwable t) {
    return t + "\n" + Arrays.stream(t.getStackTrace()).limit(25).map(e -> "\tat " + e).collect(Collectors.joining("\n"));
  }

  @Override
  public String toString() {
    return "input #" + number + " (" + kind + "): " + signature + "\n  input: \"" + Inputs.excerpt(input, 600) + "\"\n  " + detail;
  }
}
