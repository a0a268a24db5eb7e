package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult.Action;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only an accepted yes approves; everything else refuses. */
class ElicitationConsentTests {
  @Test
  void onlyAnAcceptedYesApproves() {
    assertTrue(ElicitationConsent.approved(new ElicitResult(Action.ACCEPT, Map.of("approve", true))));
    assertTrue(ElicitationConsent.approved(new ElicitResult(Action.ACCEPT, Map.of("approve", "yes"))));
    assertFalse(ElicitationConsent.approved(new ElicitResult(Action.ACCEPT, Map.of("approve", false))));
    assertFalse(ElicitationConsent.approved(new ElicitResult(Action.ACCEPT, Map.of())));
    assertFalse(ElicitationConsent.approved(new ElicitResult(Action.ACCEPT, null)));
    assertFalse(ElicitationConsent.approved(new ElicitResult(Action.DECLINE, Map.of("approve", true))));
    assertFalse(ElicitationConsent.approved(new ElicitResult(Action.CANCEL, Map.of("approve", true))));
    assertFalse(ElicitationConsent.approved(null));
  }
}
