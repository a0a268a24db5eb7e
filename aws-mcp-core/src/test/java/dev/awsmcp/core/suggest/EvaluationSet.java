package dev.awsmcp.core.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The labelled requests of {@code suggest/eval.tsv}: request, then the commands that do it. */
final class EvaluationSet {
  record Case(String request, Set<String> expected) {
    /** The first expected command, the one the request was written for. */
    String primary() {
      return expected.iterator().next();
    }
  }

  private EvaluationSet() {}

  static List<Case> read() {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = EvaluationSet.class.getResourceAsStream("/suggest/eval.tsv")) {
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
}
