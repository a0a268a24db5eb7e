package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.suggest.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the full hybrid suggester (semantic half ready) on the labelled requests of
 * {@code suggest/eval.tsv}. The thresholds sit a little under the accuracy measured when they
 * were set (docs/suggest.md), so a change that makes suggestions worse fails here. They are
 * below the targets (top-1 65 %, top-5 90 %), which this suggester does not reach yet.
 */
class SuggestEvaluationTests {
  static final double MIN_TOP1 = 0.29;
  static final double MIN_TOP5 = 0.59;

  private static final List<EvaluationSet.Case> CASES = EvaluationSet.read();

  @Test
  void theSetIsLargeVariedAndMostlyAvoidsTheOperationsOwnWords() {
    Set<String> known = SuggestTestIndex.corpus().stream().map(OperationDocument::command).collect(Collectors.toSet());
    Set<String> services = new HashSet<>();
    int avoiding = 0;
    for (EvaluationSet.Case c : CASES) {
      for (String command : c.expected()) {
        assertTrue(known.contains(command), "not a command of the models: " + command);
        services.add(command.split(" ")[1]);
      }
      String operation = c.primary().split(" ")[2].replace('-', ' ');
      if (java.util.Collections.disjoint(terms(operation), terms(c.request()))) {
        avoiding++;
      }
    }
    assertTrue(CASES.size() >= 150, CASES.size() + " requests");
    assertTrue(services.size() >= 40, services.size() + " services");
    assertTrue(avoiding * 2 >= CASES.size(), avoiding + " of " + CASES.size() + " avoid the operation's words");
  }

  @Test
  void theHybridSuggesterFindsTheExpectedCommands() {
    OfflineCommandSuggester suggester = SuggestTestIndex.suggester();
    int top1 = 0;
    int top5 = 0;
    StringBuilder misses = new StringBuilder();
    for (EvaluationSet.Case c : CASES) {
      List<String> found = suggester.suggest(c.request(), 5).suggestions().stream().map(Suggestion::command).toList();
      if (!found.isEmpty() && c.expected().contains(found.get(0))) {
        top1++;
      }
      if (found.stream().anyMatch(c.expected()::contains)) {
        top5++;
      } else {
        misses.append(String.format("  %s%n    expected %s, got %s%n", c.request(), c.expected(), found));
      }
    }
    double accuracy1 = (double) top1 / CASES.size();
    double accuracy5 = (double) top5 / CASES.size();
    System.err.printf("suggest evaluation: %d requests, top-1 %.1f%% (%d), top-5 %.1f%% (%d)%nmissed in the top 5:%n%s",
        CASES.size(), 100 * accuracy1, top1, 100 * accuracy5, top5, misses);
    assertTrue(accuracy1 >= MIN_TOP1, "top-1 " + accuracy1);
    assertTrue(accuracy5 >= MIN_TOP5, "top-5 " + accuracy5);
  }

  private static Set<String> terms(String text) {
    Set<String> terms = new HashSet<>();
    try (Analyzer analyzer = new SuggestAnalyzer(); TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
