package dev.awsmcp.core.endpoint;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.rulesengine.language.EndpointRuleSet;
import software.amazon.smithy.rulesengine.language.evaluation.value.EndpointValue;
import software.amazon.smithy.rulesengine.language.evaluation.value.Value;
import software.amazon.smithy.rulesengine.language.syntax.Identifier;

/**
 * Endpoints already worked out, by rule set and parameter values. The rules engine records a
 * Java stack trace for every endpoint it builds (its source-location bookkeeping), which costs
 * more than the rest of an evaluation; an agent repeats the same few calls, so the same inputs
 * give the same endpoint from here. Only successful evaluations are kept: a rule set's error is
 * recomputed, so its message is always fresh.
 */
final class EndpointCache {
  // Enough for every region and flag combination an engine meets in practice; when full it is
  // emptied rather than evicted entry by entry, which keeps the hot path a single map lookup.
  static final int MAX_ENTRIES = 4096;

  private final Map<Key, EndpointValue> endpoints = new ConcurrentHashMap<>();

  /** A rule set (by identity) and its parameter values (as Smithy nodes, which compare by value). */
  private record Key(EndpointRuleSet ruleSet, Map<String, Node> values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.ruleSet == ruleSet && k.values.equals(values);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(ruleSet) * 31 + values.hashCode();
    }
  }

  EndpointValue get(EndpointRuleSet ruleSet, Map<Identifier, Value> values, Supplier<EndpointValue> evaluate) {
    Map<String, Node> nodes = new TreeMap<>();
    values.forEach((id, v) -> nodes.put(id.toString(), v.toNode()));
    Key key = new Key(ruleSet, nodes);
    EndpointValue hit = endpoints.get(key);
    if (hit != null) {
      return hit;
    }
    EndpointValue fresh = evaluate.get();
    if (endpoints.size() >= MAX_ENTRIES) {
      endpoints.clear();
    }
    endpoints.put(key, fresh);
    return fresh;
  }

  int size() {
    return endpoints.size();
  }
}
