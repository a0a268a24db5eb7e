package dev.awsmcp.core.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.smithy.rulesengine.language.EndpointRuleSet;
import software.amazon.smithy.rulesengine.language.evaluation.value.EndpointValue;
import software.amazon.smithy.rulesengine.language.evaluation.value.Value;
import software.amazon.smithy.rulesengine.language.syntax.Identifier;
import software.amazon.smithy.rulesengine.language.syntax.parameters.Parameter;

/**
 * Every endpoint test case of the Smithy model jars (DynamoDB, SQS): the case's parameters
 * evaluated against the service's rule set must give the expected URL, headers and properties,
 * or the expected error.
 */
class EndpointRuleSetTestCasesTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, EndpointRuleSet> RULE_SETS = new ConcurrentHashMap<>();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (SmithyEndpointTestCases.ServiceTests service : SmithyEndpointTestCases.load()) {
      int i = 0;
      for (JsonNode c : service.cases()) {
        String name = service.serviceId() + " #" + (++i) + " " + c.path("documentation").asText();
        out.add(Arguments.of(Named.of(name, new Object[] {service, c})));
      }
    }
    return out.stream();
  }

  @Test
  void theModelJarsCarryEndpointTests() throws IOException {
    List<SmithyEndpointTestCases.ServiceTests> services = SmithyEndpointTestCases.load();
    assertEquals(2, services.size(), "dynamodb and sqs");
    services.forEach(s -> assertFalse(s.cases().isEmpty(), s.serviceId()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleSetGivesTheExpectedEndpoint(Object[] serviceAndCase) {
    SmithyEndpointTestCases.ServiceTests service = (SmithyEndpointTestCases.ServiceTests) serviceAndCase[0];
    JsonNode testCase = (JsonNode) serviceAndCase[1];
    EndpointRuleSet ruleSet = RULE_SETS.computeIfAbsent(service.serviceId(),
        id -> RuleSetParser.parse(id, service.ruleSetJson()));
    Map<Identifier, Value> values = values(ruleSet, testCase.path("params"));
    JsonNode expect = testCase.get("expect");
    if (expect.has("error")) {
      EndpointException e = assertThrows(EndpointException.class, () -> EndpointResolver.evaluate(ruleSet, values));
      assertEquals(expect.get("error").asText(), e.getMessage());
      return;
    }
    EndpointValue endpoint = EndpointResolver.evaluate(ruleSet, values);
    JsonNode expected = expect.get("endpoint");
    assertEquals(expected.get("url").asText(), endpoint.getUrl());
    assertEquals(asMap(expected.get("headers")), new TreeMap<>(endpoint.getHeaders()), "headers");
    Map<String, Object> properties = new TreeMap<>();
    endpoint.getProperties().forEach((k, v) -> properties.put(k, v.toObject()));
    assertEquals(asMap(expected.get("properties")), properties, "properties");
  }

  private static Map<String, Object> asMap(JsonNode object) {
    Map<String, Object> out = new TreeMap<>();
    if (object != null) {
      object.properties().forEach(e -> out.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
    }
    return out;
  }

  private static Map<Identifier, Value> values(EndpointRuleSet ruleSet, JsonNode params) {
    Map<Identifier, Value> values = new LinkedHashMap<>();
    for (Parameter p : ruleSet.getParameters()) {
      JsonNode v = params.get(p.getNameString());
      if (v != null) {
        values.put(p.getName(), RuleValues.fromJson(p, v));
      }
    }
    return values;
  }
}
