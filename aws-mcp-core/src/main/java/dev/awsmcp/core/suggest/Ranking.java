package dev.awsmcp.core.suggest;

import java.util.List;

/**
 * Corpus documents in order of one search's preference, with that search's scores (comparable
 * only within the ranking).
 *
 * @param ids document numbers, best first
 * @param scores the score of each, same order
 */
record Ranking(List<Integer> ids, float[] scores) {
  static final Ranking EMPTY = new Ranking(List.of(), new float[0]);

  Ranking {
    ids = List.copyOf(ids);
    if (scores.length != ids.size()) {
      throw new IllegalArgumentException("one score per document");
    }
  }

  int size() {
    return ids.size();
  }
}
