package dev.awsmcp.core.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A labelled set of {@code suggest/*.tsv}: per line a request, then the commands that do it. */
final class EvaluationSet {
  record Case(String request, Set<String> expected) {
    /** The first expected command, the one the request was written for. */
    String primary() {
      return expected.iterator().next();
    }
  }

  private EvaluationSet() {}

  /** Top-1 and top-5 accuracy, from 0 to 1. */
  record Accuracy(double top1, double top5) {}

  static List<Case> read() {
    return read("/suggest/eval.tsv");
  }

  static List<Case> read(String resource) {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = EvaluationSet.class.getResourceAsStream(resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        if (columns.length != 2) {
          throw new IllegalStateException("request<TAB>commands expected: " + line);
        }
        cases.add(new Case(columns[0], new java.util.LinkedHashSet<>(List.of(columns[1].split(" \\| ")))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(cases);
  }

  /**
   * Checks that a set is as the issue asks: at least {@code minRequests} requests over at least
   * {@code minServices} services, every expected command one the suggester knows, and at least
   * {@code minAvoiding} of the requests (0 to 1) sharing no (stemmed) word with their operation's name.
   */
  static void assertVaried(List<Case> cases, int minRequests, int minServices, double minAvoiding) {
    Set<String> known = new HashSet<>();
    SuggestTestIndex.corpus().forEach(d -> known.add(d.command()));
    Set<String> services = new HashSet<>();
    int avoiding = 0;
    for (Case c : cases) {
      for (String command : c.expected()) {
        org.junit.jupiter.api.Assertions.assertTrue(known.contains(command), "not a command of the models: " + command);
        services.add(command.split(" ")[1]);
      }
      String operation = c.primary().split(" ")[2].replace('-', ' ');
      if (java.util.Collections.disjoint(terms(operation), terms(c.request()))) {
        avoiding++;
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(cases.size() >= minRequests, cases.size() + " requests");
    org.junit.jupiter.api.Assertions.assertTrue(services.size() >= minServices, services.size() + " services");
    org.junit.jupiter.api.Assertions.assertTrue(avoiding >= minAvoiding * cases.size(),
        avoiding + " of " + cases.size() + " avoid the operation's words");
  }

  /** Runs every request through the suggester and prints the accuracy and the misses to stderr. */
  static Accuracy measure(dev.awsmcp.api.CommandSuggester suggester, List<Case> cases, String name) {
    int top1 = 0;
    int top5 = 0;
    StringBuilder misses = new StringBuilder();
    for (Case c : cases) {
      List<String> found = suggester.suggest(c.request(), 5).suggestions().stream()
          .map(dev.awsmcp.api.suggest.Suggestion::command).toList();
      if (!found.isEmpty() && c.expected().contains(found.get(0))) {
        top1++;
      }
      if (found.stream().anyMatch(c.expected()::contains)) {
        top5++;
      } else {
        misses.append(String.format("  %s%n    expected %s, got %s%n", c.request(), c.expected(), found));
      }
    }
    Accuracy accuracy = new Accuracy((double) top1 / cases.size(), (double) top5 / cases.size());
    System.err.printf("suggest %s: %d requests, top-1 %.1f%% (%d), top-5 %.1f%% (%d)%nmissed in the top 5:%n%s",
        name, cases.size(), 100 * accuracy.top1(), top1, 100 * accuracy.top5(), top5, misses);
    return accuracy;
  }

  /** The request's words as the lexical half sees them: split, lower-cased, stop words out, stemmed. */
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
