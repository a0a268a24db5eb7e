package dev.awsmcp.core.policy.iam;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One key test of a statement's Condition block, such as {@code "Bool": {"aws:ViaAWSMCPService":
 * "true"}}. The policy values are alternatives (any may match); a negated operator holds when
 * none matches. When the request lacks the key, an {@code IfExists} test holds, a negated one
 * holds, {@code ForAllValues:} holds and everything else fails, as in IAM.
 *
 * @param operator the base operator
 * @param qualifier the set qualifier, if any
 * @param ifExists whether the operator carried the {@code IfExists} suffix
 * @param key the condition key, for example {@code aws:RequestedRegion}
 * @param values the policy values, at least one
 */
record Condition(ConditionOperator operator, Qualifier qualifier, boolean ifExists, String key, List<PolicyText> values) {

  /** The {@code ForAnyValue:}/{@code ForAllValues:} prefix of an operator, for multi-valued keys. */
  enum Qualifier { NONE, FOR_ANY_VALUE, FOR_ALL_VALUES }

  Condition {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(key, "key");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a condition needs a value");
    }
  }

  boolean holds(RequestContext request) {
    if (operator == ConditionOperator.NULL) {
      boolean absent = request.values(key).isEmpty();
      return values.stream().anyMatch(v -> Boolean.parseBoolean(v.toString()) == absent);
    }
    List<String> present = request.values(key);
    if (present.isEmpty()) {
      return ifExists || qualifier == Qualifier.FOR_ALL_VALUES
          || (qualifier == Qualifier.NONE && operator.negated());
    }
    Predicate<String> one = v -> values.stream().anyMatch(p -> operator.matches(v, p, request)) != operator.negated();
    return switch (qualifier) {
      case FOR_ALL_VALUES -> present.stream().allMatch(one);
      case FOR_ANY_VALUE -> present.stream().anyMatch(one);
      // A plain operator over a key with several values: a positive one needs one value to
      // match, a negated one needs every value to miss.
      case NONE -> operator.negated() ? present.stream().allMatch(one) : present.stream().anyMatch(one);
    };
  }

  @Override
  public String toString() {
    String prefix = switch (qualifier) {
      case NONE -> "";
      case FOR_ANY_VALUE -> "ForAnyValue:";
      case FOR_ALL_VALUES -> "ForAllValues:";
    };
    return prefix + operator.iamName() + (ifExists ? "IfExists" : "") + " " + key + " " + values;
  }
}
