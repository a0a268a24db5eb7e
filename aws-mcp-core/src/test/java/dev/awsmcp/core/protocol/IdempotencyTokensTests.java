package dev.awsmcp.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Shape;
import org.junit.jupiter.api.Test;

class IdempotencyTokensTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Shape INPUT = IdlModels.service("""
      $version: "2"
      namespace test.tokens
      use aws.protocols#awsJson1_0
      @awsJson1_0
      service Tokens { version: "1", operations: [Create] }
      operation Create { input := { @idempotencyToken ClientToken: String, Name: String } }
      """, "test.tokens#Tokens").shape("CreateInput");

  @Test
  void anAbsentTokenIsFilledWithAFreshUuidAndTheInputIsNotChanged() throws Exception {
    ObjectNode input = (ObjectNode) JSON.readTree("{\"Name\":\"n\"}");
    ObjectNode a = IdempotencyTokens.fill(INPUT, input);
    ObjectNode b = IdempotencyTokens.fill(INPUT, input);
    assertTrue(a.get("ClientToken").asText().matches("[0-9a-f-]{36}"));
    assertNotEquals(a.get("ClientToken"), b.get("ClientToken"));
    assertEquals("{\"Name\":\"n\"}", input.toString());
  }

  @Test
  void aGivenTokenIsKept() throws Exception {
    ObjectNode input = (ObjectNode) JSON.readTree("{\"ClientToken\":\"mine\"}");
    assertSame(input, IdempotencyTokens.fill(INPUT, input));
  }

  @Test
  void aNullTokenCountsAsAbsent() throws Exception {
    ObjectNode filled = IdempotencyTokens.fill(INPUT, (ObjectNode) JSON.readTree("{\"ClientToken\":null}"), () -> "t");
    assertEquals("t", filled.get("ClientToken").asText());
  }
}
