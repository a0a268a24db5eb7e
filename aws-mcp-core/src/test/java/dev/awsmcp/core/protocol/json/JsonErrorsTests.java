package dev.awsmcp.core.protocol.json;

import static dev.awsmcp.core.protocol.json.JsonCodecTestModel.PLAIN;
import static dev.awsmcp.core.protocol.json.JsonCodecTestModel.QUERY_COMPATIBLE;
import static dev.awsmcp.core.protocol.json.JsonCodecTestModel.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.WireResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonErrorsTests {

  private static ParsedError parse(ServiceModel service, Map<String, String> headers, String body, int status) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    headers.forEach((k, v) -> h.put(k, List.of(v)));
    return new AwsJsonCodec().parseError(service, service.operation("Put").orElseThrow(),
        new WireResponse(status, h, body.getBytes()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "FooError|FooError",
      "aws.protocoltests.restjson#FooError|FooError",
      "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/|FooError",
      "aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/|FooError",
      "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException|ResourceNotFoundException"})
  void codesAreSanitized(String raw, String code) {
    assertEquals(code, JsonErrors.sanitize(raw));
  }

  @Test
  void theHeaderCodeBeatsTheBodyAndCodeBeatsType() {
    assertEquals("FromHeader", parse(PLAIN, Map.of("X-Amzn-Errortype", "FromHeader:http://x"),
        "{\"code\":\"FromCode\",\"__type\":\"FromType\"}", 400).code());
    assertEquals("FromCode", parse(PLAIN, Map.of(), "{\"code\":\"FromCode\",\"__type\":\"FromType\"}", 400).code());
    assertEquals("FromType", parse(PLAIN, Map.of(), "{\"__type\":\"a.b#FromType\"}", 400).code());
  }

  @Test
  void withoutAnyCodeTheHttpStatusIsTheCodeAndAnHtmlBodyTheMessage() {
    ParsedError e = parse(PLAIN, Map.of(), "<html>Bad Gateway</html>", 502);
    assertEquals("502", e.code());
    assertEquals("<html>Bad Gateway</html>", e.message());
  }

  @Test
  void aModeledErrorCarriesItsShapeFieldsMessageAndRequestId() {
    ParsedError e = parse(PLAIN, Map.of("x-amzn-RequestId", "req-1"),
        "{\"__type\":\"test.json#NoSuchThing\",\"Message\":\"gone\",\"Thing\":\"t1\"}", 400);
    assertEquals("NoSuchThing", e.code());
    assertEquals("gone", e.message());
    assertEquals(Optional.of("req-1"), e.requestId());
    assertEquals(Optional.of("NoSuchThing"), e.shapeName());
    assertEquals(json("{\"Thing\":\"t1\"}"), e.fields());
  }

  @ParameterizedTest
  @CsvSource({"message", "Message", "errorMessage"})
  void theMessageComesFromAnyOfItsSpellings(String field) {
    assertEquals("m", parse(PLAIN, Map.of(), "{\"__type\":\"X\",\"" + field + "\":\"m\"}", 400).message());
  }

  @Test
  void queryCompatibleServicesShowTheQueryCodeButResolveTheShapeByTheJsonCode() {
    ParsedError e = parse(QUERY_COMPATIBLE, Map.of("x-amzn-query-error", "AWS.Legacy.NoSuchThing;Sender"),
        "{\"__type\":\"test.jsonq#NoSuchThing\",\"message\":\"gone\"}", 400);
    assertEquals("AWS.Legacy.NoSuchThing", e.code());
    assertEquals(Optional.of("NoSuchThing"), e.shapeName());
  }

  @Test
  void aMalformedQueryErrorHeaderIsIgnored() {
    assertEquals("NoSuchThing", parse(QUERY_COMPATIBLE, Map.of("x-amzn-query-error", "NoSemicolon"),
        "{\"__type\":\"NoSuchThing\"}", 400).code());
    assertEquals("NoSuchThing", parse(QUERY_COMPATIBLE, Map.of("x-amzn-query-error", ";Sender"),
        "{\"__type\":\"NoSuchThing\"}", 400).code());
  }

  @Test
  void anErrorWhoseFieldsCannotBeReadIsStillReported() {
    ParsedError e = parse(PLAIN, Map.of(), "{\"__type\":\"NoSuchThing\",\"message\":\"gone\",\"When\":\"not a time\"}", 400);
    assertEquals("NoSuchThing", e.code());
    assertEquals("gone", e.message());
  }
}
