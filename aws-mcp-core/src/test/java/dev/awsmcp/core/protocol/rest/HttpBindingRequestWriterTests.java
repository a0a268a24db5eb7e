package dev.awsmcp.core.protocol.rest;

import static dev.awsmcp.core.protocol.rest.HttpBindingTestModel.PLAIN_JSON;
import static dev.awsmcp.core.protocol.rest.HttpBindingTestModel.json;
import static dev.awsmcp.core.protocol.rest.HttpBindingTestModel.op;
import static dev.awsmcp.core.protocol.rest.HttpBindingTestModel.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpBindingRequestWriterTests {

  private static WireRequest put(String input) {
    return HttpBindingRequestWriter.write(service(), op("PutThing"), json(input), PLAIN_JSON);
  }

  @Test
  void labelsAreEncodedAndGreedyLabelsKeepSlashes() {
    WireRequest r = put("{\"Bucket\":\"my bucket\",\"Key\":\"a/b c/d+e\",\"Account\":\"123\"}");
    assertEquals("PUT", r.method());
    assertEquals("/things/my%20bucket/a/b%20c/d%2Be", r.encodedPath());
  }

  @Test
  void theTemplatesLiteralQueryWinsOverTheQueryMapButNotOverAnExplicitMember() {
    WireRequest r = put("{\"Bucket\":\"b\",\"Key\":\"k\",\"Account\":\"1\",\"Ids\":[\"x\",\"y\"],"
        + "\"Since\":\"2020-01-02T03:04:05Z\",\"Extra\":{\"mode\":\"slow\",\"ids\":\"z\",\"other\":\"o\"}}");
    assertEquals(List.of(), r.query().get("tagging"));
    assertEquals(List.of("fast"), r.query().get("mode"));
    assertEquals(List.of("x", "y"), r.query().get("ids"));
    assertEquals(List.of("2020-01-02T03:04:05Z"), r.query().get("since"));
    assertEquals(List.of("o"), r.query().get("other"));
  }

  @Test
  void headersUseHttpDatesQuotedListsLowercaseBooleansAndBase64Json() {
    WireRequest r = put("{\"Bucket\":\"b\",\"Key\":\"k\",\"Account\":\"1\",\"Date\":\"2019-12-16T23:48:18Z\","
        + "\"Epoch\":\"2019-12-16T23:48:18.5Z\",\"Names\":[\"a\",\"b,c\",\"\\\"d\\\"\"],\"Flag\":true,"
        + "\"Json\":{\"k\":1},\"Meta\":{\"Color\":\"red\"}}");
    assertEquals(List.of("Mon, 16 Dec 2019 23:48:18 GMT"), r.headers().get("X-Date"));
    assertEquals(List.of("1576540098.5"), r.headers().get("X-Epoch"));
    assertEquals(List.of("a, \"b,c\", \"\\\"d\\\"\""), r.headers().get("X-List"));
    assertEquals(List.of("true"), r.headers().get("X-Flag"));
    assertEquals(List.of("eyJrIjoxfQ=="), r.headers().get("X-Json"));
    assertEquals(List.of("red"), r.headers().get("x-meta-Color"));
  }

  @Test
  void unboundMembersGoToTheBodyCodecWithItsContentTypeHostLabelsIncluded() {
    WireRequest r = put("{\"Bucket\":\"b\",\"Key\":\"k\",\"Account\":\"1\",\"Body\":\"hi\",\"Token\":\"t\"}");
    assertEquals("{\"Account\":\"1\",\"Token\":\"t\",\"Body\":\"hi\"}", new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(List.of("application/json"), r.headers().get("Content-Type"));
  }

  @Test
  void anAbsentIdempotencyTokenIsFilledWithAUuid() {
    WireRequest r = put("{\"Bucket\":\"b\",\"Key\":\"k\",\"Account\":\"1\"}");
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertTrue(body.matches("\\{\"Account\":\"1\",\"Token\":\"[0-9a-f-]{36}\"}"), body);
  }

  @Test
  void theHostPrefixIsExpandedFromHostLabels() {
    assertEquals("123.data-", put("{\"Bucket\":\"b\",\"Key\":\"k\",\"Account\":\"123\"}").hostPrefix());
    assertThrows(ProtocolException.class, () -> put("{\"Bucket\":\"b\",\"Key\":\"k\",\"Account\":\"a/b\"}"));
  }

  @Test
  void aMissingLabelIsRefused() {
    assertThrows(ProtocolException.class, () -> put("{\"Bucket\":\"b\",\"Account\":\"1\"}"));
  }

  @Test
  void aBlobPayloadIsSentRawWithItsChecksum() {
    WireRequest r = HttpBindingRequestWriter.write(service(), op("Upload"), json("{\"Data\":\"aGVsbG8=\"}"), PLAIN_JSON);
    assertEquals("hello", new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(List.of("application/octet-stream"), r.headers().get("Content-Type"));
    assertEquals(List.of("NhCmhg=="), r.headers().get("x-amz-checksum-crc32"));
    assertFalse(r.headers().containsKey("Content-MD5"));
  }

  @Test
  void theChosenChecksumAlgorithmIsUsed() {
    WireRequest r = HttpBindingRequestWriter.write(service(), op("Upload"),
        json("{\"Data\":\"aGVsbG8=\",\"Algorithm\":\"SHA256\"}"), PLAIN_JSON);
    assertEquals(List.of("LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="), r.headers().get("x-amz-checksum-sha256"));
    assertEquals(List.of("SHA256"), r.headers().get("x-amz-sdk-checksum-algorithm"));
  }

  @Test
  void legacyRequiredChecksumsAreContentMd5() {
    WireRequest r = HttpBindingRequestWriter.write(service(), op("Legacy"), json("{\"Text\":\"hello\"}"), PLAIN_JSON);
    assertEquals(List.of("text/plain"), r.headers().get("Content-Type"));
    assertEquals(List.of("XUFAKrxLKna5cZ2REBfFkg=="), r.headers().get("Content-MD5"));
  }
}
