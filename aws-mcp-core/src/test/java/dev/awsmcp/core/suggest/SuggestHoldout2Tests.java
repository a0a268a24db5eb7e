package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the second held-out set, {@code suggest/holdout2.tsv}: 60 requests written and
 * measured before the ranking work of branch suggest6b, never used to choose anything since.
 * Thresholds a little under the measurement (docs/suggest.md).
 */
class SuggestHoldout2Tests {
  static final double MIN_TOP1 = 0.29;
  static final double MIN_TOP5 = 0.66;

  private static final List<EvaluationSet.Case> CASES = EvaluationSet.read("/suggest/holdout2.tsv");

  @Test
  void theSetIsVariedAndEveryExpectedCommandExists() {
    EvaluationSet.assertVaried(CASES, 60, 30);
  }

  @Test
  void theHybridSuggesterFindsTheExpectedCommands() {
    EvaluationSet.Accuracy accuracy = EvaluationSet.measure(SuggestTestIndex.suggester(), CASES, "held-out 2");
    assertTrue(accuracy.top1() >= MIN_TOP1, "top-1 " + accuracy.top1());
    assertTrue(accuracy.top5() >= MIN_TOP5, "top-5 " + accuracy.top5());
  }
}
