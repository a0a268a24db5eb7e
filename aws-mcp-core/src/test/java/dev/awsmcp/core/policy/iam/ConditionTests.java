package dev.awsmcp.core.policy.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases in {@code policy/iam/condition-cases.json}: a Condition block, the request's
 * condition keys, and whether the block holds (seen through a Deny statement carrying it).
 */
class ConditionTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = ConditionTests.class.getResourceAsStream("/policy/iam/condition-cases.json")) {
      List<Arguments> out = new ArrayList<>();
      for (JsonNode c : JSON.readTree(in)) {
        out.add(Arguments.of(c.get("name").asText(), c));
      }
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void conditionHoldsExactlyWhenTheCaseSays(String name, JsonNode c) {
    ObjectNode statement = JSON.createObjectNode().put("Effect", "Deny").put("Action", "*").put("Resource", "*");
    statement.set("Condition", c.get("condition"));
    ObjectNode policy = JSON.createObjectNode().put("Version", "2012-10-17");
    policy.set("Statement", statement);
    GuardDecision decision = Requests.evaluator(policy.toString())
        .evaluate(Requests.request("test:Action", RequestResource.unknown(), Requests.keys(c.get("context"))));
    GuardDecision.Outcome expected = c.get("holds").asBoolean() ? GuardDecision.Outcome.EXPLICIT_DENY : GuardDecision.Outcome.ALLOW;
    assertEquals(expected, decision.outcome(), decision.reason());
  }
}
