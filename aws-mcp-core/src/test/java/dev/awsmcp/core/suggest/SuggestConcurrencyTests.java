package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmcp.api.suggest.SuggestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One suggester shared by several threads answers each of them as it answers one alone. */
class SuggestConcurrencyTests {
  private final OfflineCommandSuggester suggester = SuggestTestIndex.suggester();

  @Test
  void concurrentSearchesGetTheSameAnswersAsSequentialOnes() throws Exception {
    List<String> requests = EvaluationSet.read().stream().limit(40).map(EvaluationSet.Case::request).toList();
    List<SuggestResult> alone = new ArrayList<>();
    for (String request : requests) {
      alone.add(suggester.suggest(request, 5));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<SuggestResult>> together = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String request : requests) {
          together.add(pool.submit(() -> suggester.suggest(request, 5)));
        }
      }
      for (int i = 0; i < together.size(); i++) {
        assertEquals(alone.get(i % requests.size()), together.get(i).get(), requests.get(i % requests.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
