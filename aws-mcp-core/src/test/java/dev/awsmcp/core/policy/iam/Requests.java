package dev.awsmcp.core.policy.iam;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request contexts and policies written by hand for the evaluation tests. */
final class Requests {
  private Requests() {}

  static RequestContext request(String action, RequestResource resource, Map<String, List<String>> keys) {
    return new RequestContext(List.of(new Access(action, resource)), keys);
  }

  static RequestContext request(String action, String arn) {
    return request(action, arn.equals("*") ? RequestResource.unknown() : RequestResource.arn(arn), Map.of());
  }

  /** Keys from a JSON object whose values are strings or arrays of strings. */
  static Map<String, List<String>> keys(JsonNode object) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> {
      List<String> values = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(v -> values.add(v.asText()));
      } else {
        values.add(e.getValue().asText());
      }
      out.put(e.getKey(), values);
    });
    return out;
  }

  static PolicyEvaluator evaluator(String... policies) {
    List<PolicyDocument> docs = new ArrayList<>();
    for (int i = 0; i < policies.length; i++) {
      docs.add(PolicyParser.parse("p" + i, policies[i]));
    }
    return new PolicyEvaluator(docs);
  }
}
