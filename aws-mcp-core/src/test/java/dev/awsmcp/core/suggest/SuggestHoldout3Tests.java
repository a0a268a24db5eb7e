package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the third held-out set, {@code suggest/holdout3.tsv}: 97 requests written blind and
 * measured before any change of the third accuracy round, never used to choose anything since.
 * Thresholds a little under the measurement (docs/suggest.md).
 */
class SuggestHoldout3Tests {
  static final double MIN_TOP1 = 0.43;
  static final double MIN_TOP5 = 0.71;

  private static final List<EvaluationSet.Case> CASES = EvaluationSet.read("/suggest/holdout3.tsv");

  @Test
  void theSetIsVariedAndEveryExpectedCommandExists() {
    EvaluationSet.assertVaried(CASES, 80, 30);
  }

  @Test
  void theHybridSuggesterFindsTheExpectedCommands() {
    EvaluationSet.Accuracy accuracy = EvaluationSet.measure(SuggestTestIndex.suggester(), CASES, "held-out 3");
    assertTrue(accuracy.top1() >= MIN_TOP1, "top-1 " + accuracy.top1());
    assertTrue(accuracy.top5() >= MIN_TOP5, "top-5 " + accuracy.top5());
  }
}
