package dev.awsmcp.core.robustness;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.ErrorCode;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a bad input should become: what the AWS CLI v1 does with the same words (refuse it, or
 * make the same call), or, where this engine deliberately differs, what its documentation says.
 *
 * @param description what is expected, for the failure message
 * @param test whether a result meets the expectation
 */
record Expected(String description, Predicate<ParseResult> test) {

  /** Refused with one of these codes as the first error. */
  static Expected fails(ErrorCode... codes) {
    Set<ErrorCode> allowed = Set.of(codes);
    return new Expected("fails with " + Arrays.toString(codes),
        r -> !r.isSuccess() && allowed.contains(r.errors().get(0).code()));
  }

  /** Refused, whatever the code (garbage whose first bad character decides the code). */
  static Expected failsAnyhow() {
    return new Expected("fails", r -> !r.isSuccess());
  }

  /** Accepted as a command that meets the check. */
  static Expected accepted(String what, Predicate<ParsedCommand> check) {
    return new Expected("accepted: " + what, r -> r.isSuccess() && check.test(r.command()));
  }

  /**
   * The engine differs from the CLI here and the difference is reported, not yet decided. This
   * asserts today's behaviour, so that a change to it fails the case and the case gets updated.
   */
  static Expected knownGap(String cliBehaviour, Expected today) {
    return new Expected("KNOWN GAP (the CLI " + cliBehaviour + "); today " + today.description(), today.test());
  }
}
