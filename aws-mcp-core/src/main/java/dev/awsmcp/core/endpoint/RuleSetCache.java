package dev.awsmcp.core.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.core.model.ServiceModel;
import java.util.Map;
import java.util.WeakHashMap;
import software.amazon.smithy.rulesengine.language.EndpointRuleSet;

/**
 * Parsed endpoint rule sets, one per service model. Parsing a large rule set (S3's) takes tens of
 * milliseconds while evaluating it takes microseconds, so each model's set is parsed once. Keys
 * are held weakly: a model dropped by its catalog takes its rule set with it.
 */
final class RuleSetCache {
  private final Map<ServiceModel, EndpointRuleSet> parsed = new WeakHashMap<>();

  RuleSetCache() {
    AwsRuleFunctions.requireRegistered();
  }

  EndpointRuleSet get(ServiceModel service) {
    synchronized (parsed) {
      EndpointRuleSet hit = parsed.get(service);
      if (hit != null) {
        return hit;
      }
    }
    // Parsed outside the lock so one slow service does not hold up the others; two threads may
    // parse the same set once each, and the first stored wins.
    EndpointRuleSet ruleSet = parse(service);
    synchronized (parsed) {
      return parsed.computeIfAbsent(service, s -> ruleSet);
    }
  }

  static EndpointRuleSet parse(ServiceModel service) {
    JsonNode json = service.endpointRuleSet().orElseThrow(() -> new EndpointException(
        "service " + service.name() + " has no endpoint rule set in " + service.source()
            + "; give --endpoint-url to call it"));
    return RuleSetParser.parse(service.name(), json.toString());
  }
}
