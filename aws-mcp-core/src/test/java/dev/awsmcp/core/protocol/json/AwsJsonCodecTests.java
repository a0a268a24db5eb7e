package dev.awsmcp.core.protocol.json;

import static dev.awsmcp.core.protocol.json.JsonCodecTestModel.PLAIN;
import static dev.awsmcp.core.protocol.json.JsonCodecTestModel.QUERY_COMPATIBLE;
import static dev.awsmcp.core.protocol.json.JsonCodecTestModel.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.protocol.WireRequest;
import dev.awsmcp.core.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsJsonCodecTests {
  private final AwsJsonCodec codec = new AwsJsonCodec();

  private WireRequest put(String input) {
    return codec.serialize(PLAIN, PLAIN.operation("Put").orElseThrow(), json(input));
  }

  private static JsonNode body(WireRequest r) {
    return json(new String(r.body(), StandardCharsets.UTF_8));
  }

  @Test
  void postsToTheRootNamingTheOperationInTheTarget() {
    WireRequest r = put("{\"ClientToken\":\"t\"}");
    assertEquals("POST /", r.toString());
    assertEquals(List.of("Things.Put"), r.headers().get("X-Amz-Target"));
    assertEquals(List.of("application/x-amz-json-1.1"), r.headers().get("Content-Type"));
    assertFalse(r.headers().containsKey("x-amzn-query-mode"));
  }

  @Test
  void timestampsAreEpochSecondsUnlessTheMemberSaysOtherwise() {
    JsonNode b = body(put("{\"ClientToken\":\"t\",\"When\":\"2014-04-29T18:30:38.5Z\",\"WhenIso\":\"2014-04-29T18:30:38Z\"}"));
    assertEquals("1398796238.5", b.get("When").decimalValue().toPlainString());
    assertEquals("2014-04-29T18:30:38Z", b.get("WhenIso").asText());
  }

  @Test
  void nonFiniteDoublesTravelAsStringsBlobsAsBase64DocumentsAsTheyAre() {
    ObjectNode input = json("{\"ClientToken\":\"t\",\"Data\":\"aGk=\",\"Doc\":{\"a\":[1,null]}}");
    input.put("Ratio", Double.NaN);
    JsonNode b = body(codec.serialize(PLAIN, PLAIN.operation("Put").orElseThrow(), input));
    assertEquals(json("{\"ClientToken\":\"t\",\"Ratio\":\"NaN\",\"Data\":\"aGk=\",\"Doc\":{\"a\":[1,null]}}"), b);
  }

  @Test
  void theIdempotencyTokenIsFilledInTheBody() {
    assertTrue(body(put("{}")).get("ClientToken").asText().matches("[0-9a-f-]{36}"));
  }

  @Test
  void queryCompatibleServicesAskForQueryErrorCodes() {
    WireRequest r = codec.serialize(QUERY_COMPATIBLE, QUERY_COMPATIBLE.operation("Put").orElseThrow(), json("{}"));
    assertEquals(List.of("true"), r.headers().get("x-amzn-query-mode"));
    assertEquals(List.of("application/x-amz-json-1.0"), r.headers().get("Content-Type"));
    assertEquals(List.of("LegacyThings.Put"), r.headers().get("X-Amz-Target"));
  }

  @Test
  void outputTimestampsReadAsPythonIsoformatAndUnknownKeysAreDropped() {
    WireResponse response = new WireResponse(200, Map.of(),
        "{\"When\":1398796238.123,\"Ratio\":\"-Infinity\",\"Tags\":{\"k\":\"v\"},\"Extra\":1}".getBytes());
    ObjectNode out = codec.parseOutput(PLAIN, PLAIN.operation("Put").orElseThrow(), response);
    assertEquals("2014-04-29T18:30:38.123000+00:00", out.get("When").asText());
    assertEquals(Double.NEGATIVE_INFINITY, out.get("Ratio").doubleValue());
    assertEquals(json("{\"k\":\"v\"}"), out.get("Tags"));
    assertFalse(out.has("Extra"));
  }
}
