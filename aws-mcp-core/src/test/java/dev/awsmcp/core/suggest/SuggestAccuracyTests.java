package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accuracy of the full hybrid suggester (semantic half ready) on every labelled set of
 * {@code suggest/}, and the checks that each set is what it claims: its size, its spread over
 * services, every expected command one the models have, and the share of requests sharing no
 * (stemmed) word with the operation's name (at least half, as the issue asks of the evaluation
 * set; the first held-out set was written before that rule and kept as measured). The thresholds sit a little under the
 * accuracy measured when they were set (docs/suggest.md), so a change that makes suggestions worse
 * fails here. They are below the targets (top-1 65 %, top-5 90 %), which this suggester
 * does not reach yet.
 */
class SuggestAccuracyTests {
  /** A labelled set and what it must keep: {@code file} is {@code suggest/<file>.tsv}. */
  record LabelledSet(String file, String name, int minRequests, int minServices, double minAvoiding, double minTop1,
      double minTop5) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<LabelledSet> sets() {
    return Stream.of(
        // Weights and word lists of every round were chosen on these two, and the query adapter was
        // trained on them: these measure fit, the held-out sets generalization.
        new LabelledSet("eval", "evaluation", 150, 40, 0.5, 0.56, 0.83),
        new LabelledSet("train", "training", 120, 40, 0.5, 0.57, 0.85),
        // Never used to choose anything after they were written (docs/suggest.md says what each
        // was measured on and when).
        new LabelledSet("holdout", "held-out", 40, 15, 0.35, 0.30, 0.75),
        new LabelledSet("holdout2", "held-out 2", 60, 30, 0.5, 0.29, 0.66),
        new LabelledSet("holdout3", "held-out 3", 80, 30, 0.5, 0.43, 0.71),
        new LabelledSet("holdout4", "held-out 4", 80, 30, 0.5, 0.48, 0.75),
        new LabelledSet("holdout5", "held-out 5", 200, 50, 0.5, 0.37, 0.62));
  }

  @ParameterizedTest
  @MethodSource("sets")
  void theSetIsVariedAndEveryExpectedCommandExists(LabelledSet set) {
    EvaluationSet.assertVaried(cases(set), set.minRequests(), set.minServices(), set.minAvoiding());
  }

  @ParameterizedTest
  @MethodSource("sets")
  void theHybridSuggesterFindsTheExpectedCommands(LabelledSet set) {
    EvaluationSet.Accuracy accuracy = EvaluationSet.measure(SuggestTestIndex.suggester(), cases(set), set.name());
    assertTrue(accuracy.top1() >= set.minTop1(), set.file() + " top-1 " + accuracy.top1());
    assertTrue(accuracy.top5() >= set.minTop5(), set.file() + " top-5 " + accuracy.top5());
  }

  private static List<EvaluationSet.Case> cases(LabelledSet set) {
    return EvaluationSet.read("/suggest/" + set.file() + ".tsv");
  }
}
