package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the training set, {@code suggest/train.tsv}: 139 requests written before the third
 * accuracy round, on which that round chose its weights, priors and word lists (docs/suggest.md).
 * The query adapter of the fourth round was trained on these labels too, so this measures fit,
 * not generalization (the held-out sets do that). Thresholds a little under the measurement.
 */
class SuggestTrainTests {
  static final double MIN_TOP1 = 0.57;
  static final double MIN_TOP5 = 0.85;

  private static final List<EvaluationSet.Case> CASES = EvaluationSet.read("/suggest/train.tsv");

  @Test
  void theSetIsVariedAndEveryExpectedCommandExists() {
    EvaluationSet.assertVaried(CASES, 120, 40);
  }

  @Test
  void theHybridSuggesterFindsTheExpectedCommands() {
    EvaluationSet.Accuracy accuracy = EvaluationSet.measure(SuggestTestIndex.suggester(), CASES, "training");
    assertTrue(accuracy.top1() >= MIN_TOP1, "top-1 " + accuracy.top1());
    assertTrue(accuracy.top5() >= MIN_TOP5, "top-5 " + accuracy.top5());
  }
}
