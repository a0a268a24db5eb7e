package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The action words and the operation-name prior that re-ranks the fused candidates. */
class SuggestIntentPriorTests {
  private final ActionWords actions = ActionWords.load();

  private static OperationDocument doc(String service, String operation) {
    return new OperationDocument(service, operation, "Amazon Elastic Compute Cloud", "EC2", "ec2", "", "", "", "", false, false);
  }

  @Test
  void actionWordsBecomeOperationVerbs() {
    assertEquals(Set.of("delete", "terminate", "remove"), actions.verbsFor("Get rid of my old servers"));
    assertTrue(actions.verbsFor("deleting the table").contains("delete"));
    assertTrue(actions.verbsFor("spin up a box").containsAll(List.of("create", "run")));
    assertEquals(Set.of(), actions.verbsFor("the weather on a sunny afternoon"));
  }

  @Test
  void aCandidateWhoseVerbTheRequestAsksForGains() {
    List<OperationDocument> corpus = List.of(doc("ec2", "terminate-instances"), doc("ec2", "reboot-instances"));
    IntentPrior prior = new IntentPrior(corpus);
    FusionWeights w = FusionWeights.DEFAULT;
    IntentPrior.Request request = IntentPrior.request(actions, "kill my instances");
    assertEquals(1 + w.verbMatch(), prior.factor(0, request, w), 1e-9);
    assertEquals(1, prior.factor(1, request, w), 1e-9);
    assertEquals(1, prior.factor(0, IntentPrior.request(actions, "instances"), w), 1e-9);
  }
}
