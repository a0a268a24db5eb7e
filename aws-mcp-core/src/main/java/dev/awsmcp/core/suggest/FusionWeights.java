package dev.awsmcp.core.suggest;

import java.util.Map;

/**
 * The knobs of the hybrid ranking, measured on the evaluation set (docs/suggest.md):
 * lexical field weights, the reciprocal rank fusion constant and the weights of each half,
 * and the priors of {@link CommandPopularity}.
 *
 * @param fields lexical field name → weight
 * @param nameCoverage how much a lexical candidate gains when the request contains its operation name's words
 * @param serviceMention how much a lexical candidate gains when the request names its service
 * @param k reciprocal rank fusion's damping constant
 * @param lexical weight of the lexical ranking
 * @param semantic weight of the semantic ranking
 * @param exampleBoost factor a command with an example page's fused score is multiplied by
 * @param serviceBoost how much a service's popularity (0 to 1, {@link CommandPopularity}) raises
 *     its commands' scores: by a factor of up to {@code 1 + serviceBoost}
 * @param nameLength how much each word of an operation name beyond two divides its score by
 *     ({@code 1 + nameLength × extra words}): a service's core operations have the short names
 *     ({@code create-table}, not {@code create-global-table})
 * @param serviceConsensus how much a service's share of the fused scores of the best
 *     {@link RankFusion#CONSENSUS} candidates (0 to 1) raises its commands' scores: the second
 *     stage of a two-stage search that first asks which services the request is about
 * @param verbMatch how much a candidate gains when its operation's verb is one the request asks
 *     for ({@link IntentPrior}): a factor of {@code 1 + verbMatch}
 */
record FusionWeights(
    Map<String, Float> fields, double nameCoverage, double serviceMention, double k, double lexical, double semantic, double exampleBoost, double serviceBoost,
    double nameLength, double serviceConsensus, double verbMatch) {
  static final FusionWeights DEFAULT = new FusionWeights(
      Map.of("operation", 3.0f, "service", 2.0f, "summary", 1.0f, "examples", 1.5f, "parameters", 0.3f),
      2.0, 0.5, 5, 1.0, 2.0, 1.5, 0.5, 0.3, 2.0, 0.5);

  FusionWeights {
    fields = Map.copyOf(fields);
    if (k <= 0 || lexical <= 0 || semantic < 0 || exampleBoost < 1 || serviceBoost < 0
        || nameLength < 0 || serviceConsensus < 0 || verbMatch < 0) {
      throw new IllegalArgumentException("invalid fusion weights");
    }
  }
}
