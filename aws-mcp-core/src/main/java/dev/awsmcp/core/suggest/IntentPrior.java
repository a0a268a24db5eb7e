package dev.awsmcp.core.suggest;

import java.util.List;
import java.util.Set;

/**
 * Re-ranks candidates by their operation's verb ({@code delete} of {@code delete-table}) against
 * the verbs the request's action words ask for ({@link ActionWords}): the fused ranking usually
 * has the right service and several of its operations near the top, and what tells
 * {@code create-table} from {@code delete-table} and {@code describe-table} is the verb
 * ({@link FusionWeights#verbMatch()}). Immutable.
 */
final class IntentPrior {
  /** What one request asks: operation verbs, possibly none. */
  record Request(Set<String> verbs) {
    static final Request NONE = new Request(Set.of());
  }

  private final String[][] verbs;

  IntentPrior(List<OperationDocument> corpus) {
    verbs = new String[corpus.size()][];
    for (int i = 0; i < corpus.size(); i++) {
      String[] words = corpus.get(i).operationWords().split(" ");
      // batch-get-item gets as well as batches.
      verbs[i] = words.length > 1 && words[0].equals("batch") ? new String[] {words[0], words[1]} : new String[] {words[0]};
    }
  }

  /** What a request asks, from its own words. */
  static Request request(ActionWords actions, String request) {
    return new Request(actions.verbsFor(request));
  }

  /** The factor a candidate's fused score is multiplied by: from 1 to {@link #maxFactor}. */
  double factor(int id, Request request, FusionWeights w) {
    for (String verb : verbs[id]) {
      if (request.verbs().contains(verb)) {
        return 1 + w.verbMatch();
      }
    }
    return 1;
  }

  static double maxFactor(FusionWeights w) {
    return 1 + w.verbMatch();
  }
}
