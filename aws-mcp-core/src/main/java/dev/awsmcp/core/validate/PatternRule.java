package dev.awsmcp.core.validate;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A model pattern compiled once. Matching uses {@link java.util.regex.Matcher#find()}: Smithy
 * patterns are not implicitly anchored, and most AWS patterns that must match the whole value say
 * so with {@code ^...$}. (The reference uses Python's {@code re.fullmatch}, which rejects values
 * an unanchored pattern allows.) Every value {@code find()} rejects is also rejected by a full
 * match, so this check never refuses a value the service would accept under either reading.
 *
 * <p>A pattern Java cannot compile is skipped. Matching runs under a step budget so that a
 * pathological pattern and value cannot stall validation; a match that exhausts the budget (or
 * the stack) counts as a pass. Thread-safe.
 */
final class PatternRule {
  /**
   * Character reads the regex engine may make per match before the check is abandoned: a base
   * plus a multiple of the value's length, so long values that match in linear time still pass
   * through the real check. Bounds the worst case to some tens of milliseconds.
   */
  static final int BASE_BUDGET = 100_000;
  static final int BUDGET_PER_CHAR = 20;

  private final String source;
  private final Pattern pattern;

  private PatternRule(String source, Pattern pattern) {
    this.source = source;
    this.pattern = pattern;
  }

  /** The compiled rule, or empty when Java cannot compile the pattern. */
  static Optional<PatternRule> compile(String source) {
    try {
      return Optional.of(new PatternRule(source, Pattern.compile(source)));
    } catch (PatternSyntaxException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  String source() {
    return source;
  }

  /** Whether the value matches; also true when the check had to be abandoned. */
  boolean test(String value) {
    try {
      long budget = BASE_BUDGET + (long) BUDGET_PER_CHAR * value.length();
      return pattern.matcher(new BudgetedText(value, (int) Math.min(Integer.MAX_VALUE, budget))).find();
    } catch (BudgetExceeded | StackOverflowError e) {
      return true;
    }
  }

  /** A string whose characters may be read only so many times in total. */
  private static final class BudgetedText implements CharSequence {
    private final String text;
    private int remaining;

    BudgetedText(String text, int budget) {
      this.text = text;
      this.remaining = budget;
    }

    @Override
    public char charAt(int index) {
      if (--remaining < 0) {
        throw BudgetExceeded.INSTANCE;
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final class BudgetExceeded extends RuntimeException {
    static final BudgetExceeded INSTANCE = new BudgetExceeded();

    private BudgetExceeded() {
      super("regex step budget exceeded", null, false, false);
    }
  }
}
