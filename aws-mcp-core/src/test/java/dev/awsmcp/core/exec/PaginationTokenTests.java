package dev.awsmcp.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaginationTokenTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // Expected strings come from botocore.paginate.TokenEncoder in botocore 1.43.11.
  @Test
  void encodesAsBotocoresTokenEncoder() throws Exception {
    assertEquals("eyJOZXh0VG9rZW4iOiAiYWJjIn0=", token(Map.of("NextToken", NODES.textNode("abc")), null).encode());
    assertEquals("eyJOZXh0VG9rZW4iOiAiYWJjIiwgImJvdG9fdHJ1bmNhdGVfYW1vdW50IjogMn0=",
        token(Map.of("NextToken", NODES.textNode("abc")), 2).encode());
    assertEquals("eyJNYXJrZXIiOiAidFx1MDBmNmsvXHUyMGFjIFwicVwiIFxcIFxuIiwgImJvdG9fdHJ1bmNhdGVfYW1vdW50IjogMH0=",
        token(Map.of("Marker", NODES.textNode("tök/€ \"q\" \\ \n")), 0).encode());
    Map<String, JsonNode> two = new LinkedHashMap<>();
    two.put("A", NODES.nullNode());
    two.put("B", NODES.textNode("x"));
    assertEquals("eyJBIjogbnVsbCwgIkIiOiAieCJ9", token(two, null).encode());
    Map<String, JsonNode> numbers = new LinkedHashMap<>();
    numbers.put("A", NODES.numberNode(1.5));
    numbers.put("B", JSON.readTree("[1,2]"));
    assertEquals("eyJBIjogMS41LCAiQiI6IFsxLCAyXX0=", token(numbers, null).encode());
  }

  @Test
  void blobValuesAreListedAsBotocoreEncodedKeys() throws Exception {
    // botocore encodes b'\x00\x01binary' as base64, which is how this engine holds blobs already
    JsonNode key = JSON.readTree("{\"pk\":{\"B\":\"AAFiaW5hcnk=\"}}");
    PaginationToken t = PaginationToken.of(Map.of("ExclusiveStartKey", key), 1,
        List.of(List.of("ExclusiveStartKey", "pk", "B")));
    String expected = "eyJFeGNsdXNpdmVTdGFydEtleSI6IHsicGsiOiB7IkIiOiAiQUFGaWFXNWhjbms9In19LCAiYm90b190cnVuY2F0ZV9h"
        + "bW91bnQiOiAxLCAiYm90b19lbmNvZGVkX2tleXMiOiBbWyJFeGNsdXNpdmVTdGFydEtleSIsICJwayIsICJCIl1dfQ==";
    assertEquals(expected, t.encode());
    PaginationToken back = PaginationToken.decode(expected, List.of("ExclusiveStartKey"));
    assertEquals(key, back.inputTokens().get("ExclusiveStartKey"));
    assertEquals(1, back.truncateAmount());
    assertEquals(List.of(List.of("ExclusiveStartKey", "pk", "B")), back.blobPaths());
    assertEquals(expected, back.encode());
  }

  @Test
  void decodesWhatItEncodes() {
    PaginationToken t = token(Map.of("NextToken", NODES.textNode("abc")), 7);
    PaginationToken back = PaginationToken.decode(t.encode(), List.of("NextToken"));
    assertEquals("abc", back.inputTokens().get("NextToken").asText());
    assertEquals(7, back.truncateAmount());
    assertTrue(back.hasTruncateAmount());
    assertEquals(t, back);
  }

  @Test
  void missingInputTokensAreUnset() {
    String encoded = b64("{\"StartRecordName\": \"a.\"}");
    PaginationToken t = PaginationToken.decode(encoded, List.of("StartRecordName", "StartRecordType"));
    assertTrue(t.inputTokens().get("StartRecordType").isNull());
    assertFalse(t.hasTruncateAmount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"AAMA-EFRSURBSGhXTVdNNHNCQ0dGZnJOV2ZHUGEwVXc", "plain-service-token", "tok-1", "e30", ""})
  void aServiceTokenPassesThroughUnchanged(String raw) {
    PaginationToken t = PaginationToken.decode(raw, List.of("NextToken"));
    assertEquals(raw, t.inputTokens().get("NextToken").asText());
    assertEquals(0, t.truncateAmount());
  }

  @Test
  void oldStyleTokensCarryAnIndexAndNone() {
    PaginationToken t = PaginationToken.decode("n0.___None___3", List.of("Name", "Type"));
    assertEquals("n0.", t.inputTokens().get("Name").asText());
    assertTrue(t.inputTokens().get("Type").isNull());
    assertEquals(3, t.truncateAmount());
    PaginationToken notAnIndex = PaginationToken.decode("a___b___x", List.of("Name", "Type"));
    // three parts, the last not a number: the whole text is one token, as botocore reads it
    assertEquals("a___b___x", notAnIndex.inputTokens().get("Name").asText());
  }

  @Test
  void anEncodedListFallsBackToAPlainToken() {
    String encoded = b64("[1, 2]");
    assertEquals(encoded, PaginationToken.decode(encoded, List.of("NextToken")).inputTokens().get("NextToken").asText());
  }

  @Test
  void badTokensAreClearErrors() {
    List<String> names = List.of("NextToken");
    InvalidPaginationTokenException foreign = assertThrows(InvalidPaginationTokenException.class,
        () -> PaginationToken.decode(b64("{\"Marker\": \"x\"}"), names));
    assertTrue(foreign.getMessage().contains("'Marker'"), foreign.getMessage());
    assertThrows(InvalidPaginationTokenException.class, () -> PaginationToken.decode(b64("\"just a string\""), names));
    assertThrows(InvalidPaginationTokenException.class, () -> PaginationToken.decode(b64("42"), names));
    assertThrows(InvalidPaginationTokenException.class,
        () -> PaginationToken.decode(b64("{\"NextToken\": \"a\", \"boto_truncate_amount\": \"2\"}"), names));
    assertThrows(InvalidPaginationTokenException.class,
        () -> PaginationToken.decode(b64("{\"NextToken\": \"a\", \"boto_encoded_keys\": [[\"Nope\"]]}"), names));
    assertThrows(InvalidPaginationTokenException.class, () -> PaginationToken.decode("a___b___c", List.of("A")));
  }

  private static PaginationToken token(Map<String, JsonNode> values, Integer amount) {
    return PaginationToken.of(values, amount, List.of());
  }

  private static String b64(String json) {
    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
