package dev.awsmcp.core.policy.iam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the guard policies are evaluated against: the permissions a call needs and the condition
 * keys that describe it. Condition key names are case-insensitive, as in IAM; values are kept as
 * given. A key maps to one value, or to several for the {@code ForAnyValue:}/{@code
 * ForAllValues:} qualifiers.
 *
 * @param accesses the permissions the call needs, at least one
 * @param keys condition keys, lower-cased, to their values
 */
record RequestContext(List<Access> accesses, Map<String, List<String>> keys) {

  RequestContext {
    accesses = List.copyOf(accesses);
    if (accesses.isEmpty()) {
      throw new IllegalArgumentException("a call needs at least one permission");
    }
    Map<String, List<String>> lower = new LinkedHashMap<>();
    keys.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    keys = Map.copyOf(lower);
  }

  /** The values of a condition key; empty when the request does not carry it. */
  List<String> values(String key) {
    return keys.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
  }

  boolean has(String key) {
    return keys.containsKey(Objects.requireNonNull(key, "key").toLowerCase(Locale.ROOT));
  }
}
