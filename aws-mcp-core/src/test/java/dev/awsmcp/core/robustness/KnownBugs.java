package dev.awsmcp.core.robustness;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Contract breakages that are known and reported but not yet fixed (none today). A bad-input case
 * that shows one is marked with {@link BadInputCase#knownBug(String)} and fails once the bug is
 * fixed; the fuzzer counts the inputs that show one instead of failing on them. Add an entry
 * with its report, remove it with its fix.
 *
 * <p>Fixed so far: a {@code --query} nested about a thousand levels deep overflowed the stack in
 * smithy-jmespath's parser, and {@code {`null`: a}} made it throw NullPointerException; both were
 * caught by the parser's last resort and reported as {@code TOKENIZE_ERROR}.
 */
final class KnownBugs {
  static final List<KnownBug> ALL = List.of();

  private KnownBugs() {}

  /** The known bug a fuzz finding shows, if any. */
  static Optional<KnownBug> explaining(FuzzFinding finding) {
    return ALL.stream().filter(b -> b.shows().test(finding.input(), finding.signature())).findFirst();
  }

  /**
   * A known bug: what it is, and whether an input and its breakage signature ({@link
   * FuzzFinding#signature()}, for example {@code swallowed StackOverflowError}) show it.
   */
  record KnownBug(String description, BiPredicate<String, String> shows) {}
}
