package dev.awsmcp.core.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion: a document scores {@code w / (k + rank)} in each ranking it
 * appears in (rank from 1), summed, then multiplied by the command's {@link CommandPopularity}
 * factor. Ranks, not raw scores, because BM25 scores and cosines live on unrelated
 * scales; {@code k} damps the difference between neighbouring ranks.
 */
final class RankFusion {
  private RankFusion() {}

  /** A document's fused score, scaled so the best possible document scores 1. */
  record Fused(int id, double score) {}

  static List<Fused> fuse(Ranking lexical, Ranking semantic, CommandPopularity popularity, FusionWeights w, int n) {
    boolean both = semantic.size() > 0;
    double best = (w.lexical() / (w.k() + 1) + (both ? w.semantic() / (w.k() + 1) : 0)) * CommandPopularity.maxFactor(w);
    Map<Integer, Double> scores = new HashMap<>();
    add(scores, lexical, w.lexical(), w.k());
    add(scores, semantic, w.semantic(), w.k());
    List<Fused> fused = new ArrayList<>(scores.size());
    scores.forEach((id, score) -> {
      double boosted = score * popularity.factor(id, w);
      fused.add(new Fused(id, Math.min(1.0, boosted / best)));
    });
    fused.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Integer.compare(a.id(), b.id()));
    return fused.subList(0, Math.min(n, fused.size()));
  }

  private static void add(Map<Integer, Double> scores, Ranking ranking, double weight, double k) {
    for (int rank = 0; rank < ranking.size(); rank++) {
      scores.merge(ranking.ids().get(rank), weight / (k + rank + 1), Double::sum);
    }
  }
}
