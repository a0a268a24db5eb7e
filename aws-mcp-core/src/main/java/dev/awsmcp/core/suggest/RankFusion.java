package dev.awsmcp.core.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion: a document scores {@code w / (k + rank)} in each ranking it
 * appears in (rank from 1), summed, then multiplied by the command's {@link CommandPopularity}
 * factor. Ranks, not raw scores, because BM25 scores and cosines live on unrelated
 * scales; {@code k} damps the difference between neighbouring ranks. Then two priors
 * (docs/suggest.md): long operation names are divided down ({@link CommandPopularity#nameFactor}),
 * and each command is raised by its service's share of the scores of the best
 * {@link #CONSENSUS} candidates ({@link FusionWeights#serviceConsensus()}): when both halves
 * agree that a request is about DynamoDB, the DynamoDB command with the core name wins over a
 * lone better-matching name of another service.
 */
final class RankFusion {
  /** How many of the best fused candidates vote for their services. */
  static final int CONSENSUS = 20;

  private RankFusion() {}

  /** A document's fused score, scaled so the best possible document scores 1. */
  record Fused(int id, double score) {}

  static List<Fused> fuse(Ranking lexical, Ranking semantic, CommandPopularity popularity, FusionWeights w, int n) {
    return fuse(lexical, semantic, popularity, null, IntentPrior.Request.NONE, w, n);
  }

  /** As above, then each candidate multiplied by its {@link IntentPrior} factor for the request (none if null). */
  static List<Fused> fuse(Ranking lexical, Ranking semantic, CommandPopularity popularity, IntentPrior intent,
      IntentPrior.Request request, FusionWeights w, int n) {
    boolean both = semantic.size() > 0;
    double best = (w.lexical() / (w.k() + 1) + (both ? w.semantic() / (w.k() + 1) : 0))
        * CommandPopularity.maxFactor(w) * (1 + w.serviceConsensus()) * (intent == null ? 1 : IntentPrior.maxFactor(w));
    Map<Integer, Double> scores = new HashMap<>();
    add(scores, lexical, w.lexical(), w.k());
    add(scores, semantic, w.semantic(), w.k());
    List<Fused> fused = new ArrayList<>(scores.size());
    scores.forEach((id, score) -> fused.add(new Fused(id, score * popularity.factor(id, w))));
    fused.sort(BEST_FIRST);
    Map<Integer, Double> serviceShare = new HashMap<>();
    double total = 0;
    for (Fused f : fused.subList(0, Math.min(CONSENSUS, fused.size()))) {
      serviceShare.merge(popularity.service(f.id()), f.score(), Double::sum);
      total += f.score();
    }
    List<Fused> ranked = new ArrayList<>(fused.size());
    for (Fused f : fused) {
      double share = total == 0 ? 0 : serviceShare.getOrDefault(popularity.service(f.id()), 0.0) / total;
      double score = f.score() * popularity.nameFactor(f.id(), w) * (1 + w.serviceConsensus() * share)
          * (intent == null ? 1 : intent.factor(f.id(), request, w));
      ranked.add(new Fused(f.id(), Math.min(1.0, score / best)));
    }
    ranked.sort(BEST_FIRST);
    return ranked.subList(0, Math.min(n, ranked.size()));
  }

  private static final java.util.Comparator<Fused> BEST_FIRST =
      (a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Integer.compare(a.id(), b.id());

  private static void add(Map<Integer, Double> scores, Ranking ranking, double weight, double k) {
    for (int rank = 0; rank < ranking.size(); rank++) {
      scores.merge(ranking.ids().get(rank), weight / (k + rank + 1), Double::sum);
    }
  }
}
