package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The query adapter was trained on these labels (and the training set's), so since the fourth
 * round this measures fit; the held-out sets measure generalization.
 */
class SuggestEvaluationTests {
  static final double MIN_TOP1 = 0.56;
  static final double MIN_TOP5 = 0.83;

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
    EvaluationSet.Accuracy accuracy = EvaluationSet.measure(SuggestTestIndex.suggester(), CASES, "evaluation");
    assertTrue(accuracy.top1() >= MIN_TOP1, "top-1 " + accuracy.top1());
    assertTrue(accuracy.top5() >= MIN_TOP5, "top-5 " + accuracy.top5());
  }

  static Set<String> terms(String text) {
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
