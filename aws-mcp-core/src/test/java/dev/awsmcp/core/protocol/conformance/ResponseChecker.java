package dev.awsmcp.core.protocol.conformance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.ProtocolCodecs;
import dev.awsmcp.core.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.smithy.protocoltests.traits.HttpResponseTestCase;

/**
 * Runs a response case: feeds the test's status, headers and body to the service's codec and
 * compares the parsed output (or the error's shape and fields) with the test's params.
 */
final class ResponseChecker {
  private ResponseChecker() {}

  /** The differences found; empty when the case passes. */
  static List<String> check(ConformanceCase c) {
    HttpResponseTestCase test = (HttpResponseTestCase) c.test();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    test.getHeaders().forEach((k, v) -> headers.put(k, List.of(v)));
    byte[] body = test.getBody().orElse("").getBytes(StandardCharsets.UTF_8);
    WireResponse response = new WireResponse(test.getCode(), headers, body);
    ProtocolCodec codec = ProtocolCodecs.forService(c.service());
    List<String> problems = new ArrayList<>();
    ObjectNode actual;
    Shape shape;
    if (c.errorShape().isPresent()) {
      ParsedError error = codec.parseError(c.service(), c.operation(), response);
      if (!error.shapeName().equals(c.errorShape())) {
        problems.add("error shape: expected " + c.errorShape().get() + " but was " + error.shapeName()
            + " (code " + error.code() + ")");
      }
      actual = error.fields();
      shape = c.service().shape(c.errorShape().get());
    } else {
      actual = codec.parseOutput(c.service(), c.operation(), response);
      if (c.operation().outputShape().isEmpty()) {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        if (!actual.equals(empty)) {
          problems.add("output: expected {} but was " + actual);
        }
        return problems;
      }
      shape = c.service().shape(c.operation().outputShape().get());
    }
    ObjectNode expected = ParamsConverter.convert(shape, test.getParams(), true);
    JsonEquivalence.difference(expected, actual).ifPresent(d -> problems.add("output " + d));
    return problems;
  }
}
