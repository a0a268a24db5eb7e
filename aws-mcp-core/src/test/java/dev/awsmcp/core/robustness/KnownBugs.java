package dev.awsmcp.core.robustness;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Contract breakages that are known and reported but not yet fixed. The bad-input cases that show
 * one are marked with it and fail once it is fixed; the fuzzer counts the inputs that show one
 * and does not fail on them. Remove an entry when its bug is fixed.
 */
final class KnownBugs {
  /** A deep {@code --query} overflows the stack in smithy-jmespath's recursive parser. */
  static final KnownBug QUERY_OVERFLOW = new KnownBug(
      "a --query nested about a thousand levels deep overflows the stack in JmespathExpression.parse",
      (input, signature) -> signature.equals("swallowed StackOverflowError") && input.contains("--q"));

  /**
   * A {@code `null`} literal where a {@code --query} needs a name ({@code {`null`: a}}) throws a
   * NullPointerException from smithy-jmespath's {@code Token.toString} while it builds its syntax
   * error message.
   */
  static final KnownBug QUERY_NULL_LITERAL = new KnownBug(
      "a `null` literal where a --query needs a name throws NullPointerException in smithy-jmespath's Token.toString",
      (input, signature) -> signature.equals("swallowed NullPointerException") && input.contains("--q") && input.contains("null"));

  static final List<KnownBug> ALL = List.of(QUERY_OVERFLOW, QUERY_NULL_LITERAL);

  private KnownBugs() {}

  /** The known bug a fuzz finding shows, if any. */
  static Optional<KnownBug> explaining(FuzzFinding finding) {
    return ALL.stream().filter(b -> b.shows().test(finding.input(), finding.signature())).findFirst();
  }

  /** A known bug: what it is, and whether an input and its breakage signature show it. */
  record KnownBug(String description, BiPredicate<String, String> shows) {}
}
