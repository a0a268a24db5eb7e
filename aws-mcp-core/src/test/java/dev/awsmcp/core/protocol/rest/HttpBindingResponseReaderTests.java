package dev.awsmcp.core.protocol.rest;

import static dev.awsmcp.core.protocol.rest.HttpBindingTestModel.PLAIN_JSON;
import static dev.awsmcp.core.protocol.rest.HttpBindingTestModel.json;
import static dev.awsmcp.core.protocol.rest.HttpBindingTestModel.op;
import static dev.awsmcp.core.protocol.rest.HttpBindingTestModel.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpBindingResponseReaderTests {

  private static ObjectNode read(int status, Map<String, List<String>> headers, String body) {
    return HttpBindingResponseReader.read(service(), service().shape(op("GetThing").outputShape().orElseThrow()),
        new WireResponse(status, headers, body.getBytes(StandardCharsets.UTF_8)), PLAIN_JSON);
  }

  @Test
  void statusHeadersAndPrefixHeadersAreReadAndABlobPayloadIsLeftToTheExecutor() {
    ObjectNode out = read(201, Map.of(
        "X-Count", List.of("12"),
        "X-Dates", List.of("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT"),
        "X-List", List.of("a, \"b,c\", \"\\\"d\\\"\""),
        "Last-Modified", List.of("Mon, 16 Dec 2019 23:48:18 GMT"),
        "X-Meta-Color", List.of("red"),
        "X-Other", List.of("x")), "hello");
    assertEquals(json("{\"Status\":201,\"Count\":12,"
        + "\"Dates\":[\"2019-12-16T23:48:18+00:00\",\"2019-12-17T23:48:18+00:00\"],"
        + "\"Names\":[\"a\",\"b,c\",\"\\\"d\\\"\"],\"Modified\":\"2019-12-16T23:48:18+00:00\","
        + "\"Meta\":{\"Color\":\"red\"}}"), out);
  }

  @Test
  void aPrefixHeaderMapIsPresentEvenWhenEmptyAsInBotocore() {
    assertEquals(json("{\"Status\":200,\"Meta\":{}}"), read(200, Map.of(), ""));
  }
}
