package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The identity read from get-caller-identity, and root credentials recognised. */
class CallerIdentityTests {

  private static CallResult answer(String arn) {
    return CallResult.builder().response(JsonNodeFactory.instance.objectNode()
        .put("UserId", "AIDAEXAMPLE").put("Account", "123456789012").put("Arn", arn)).build();
  }

  @Test
  void theRootUserIsRecognisedAndOthersAreNot() {
    assertTrue(CallerIdentity.of(answer("arn:aws:iam::123456789012:root")).orElseThrow().isRoot());
    assertFalse(CallerIdentity.of(answer("arn:aws:iam::123456789012:user/root")).orElseThrow().isRoot());
    assertFalse(CallerIdentity.of(answer("arn:aws:sts::123456789012:assumed-role/agent/aws-mcp-agent")).orElseThrow().isRoot());
    assertEquals("123456789012", CallerIdentity.of(answer("arn:aws:iam::123456789012:root")).orElseThrow().account());
  }

  @Test
  void aFailedCallHasNoIdentity() {
    assertEquals(Optional.empty(), CallerIdentity.of(CallResult.failure(CommandError.of(ErrorCode.CREDENTIALS_ERROR, "none"))));
  }
}
