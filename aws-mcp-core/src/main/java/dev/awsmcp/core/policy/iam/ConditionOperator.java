package dev.awsmcp.core.policy.iam;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The IAM condition operators the guard understands, without their {@code IfExists} suffix and
 * {@code ForAnyValue:}/{@code ForAllValues:} qualifiers (see {@link Condition}). A negated
 * operator holds when the request value matches none of the policy values.
 */
enum ConditionOperator {
  STRING_EQUALS("StringEquals", Type.STRING, false),
  STRING_NOT_EQUALS("StringNotEquals", Type.STRING, true),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Type.STRING_IGNORE_CASE, false),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Type.STRING_IGNORE_CASE, true),
  STRING_LIKE("StringLike", Type.STRING_LIKE, false),
  STRING_NOT_LIKE("StringNotLike", Type.STRING_LIKE, true),
  ARN_EQUALS("ArnEquals", Type.ARN, false),
  ARN_NOT_EQUALS("ArnNotEquals", Type.ARN, true),
  ARN_LIKE("ArnLike", Type.ARN, false),
  ARN_NOT_LIKE("ArnNotLike", Type.ARN, true),
  NUMERIC_EQUALS("NumericEquals", Type.NUMERIC, false, Order.EQ),
  NUMERIC_NOT_EQUALS("NumericNotEquals", Type.NUMERIC, true, Order.EQ),
  NUMERIC_LESS_THAN("NumericLessThan", Type.NUMERIC, false, Order.LT),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Type.NUMERIC, false, Order.LE),
  NUMERIC_GREATER_THAN("NumericGreaterThan", Type.NUMERIC, false, Order.GT),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Type.NUMERIC, false, Order.GE),
  DATE_EQUALS("DateEquals", Type.DATE, false, Order.EQ),
  DATE_NOT_EQUALS("DateNotEquals", Type.DATE, true, Order.EQ),
  DATE_LESS_THAN("DateLessThan", Type.DATE, false, Order.LT),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", Type.DATE, false, Order.LE),
  DATE_GREATER_THAN("DateGreaterThan", Type.DATE, false, Order.GT),
  DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Type.DATE, false, Order.GE),
  BOOL("Bool", Type.BOOL, false),
  NULL("Null", Type.NULL, false);

  /** How values are compared; decides which policy values are valid. */
  enum Type { STRING, STRING_IGNORE_CASE, STRING_LIKE, ARN, NUMERIC, DATE, BOOL, NULL }

  /** The ordering a numeric or date operator asks for, request value against policy value. */
  enum Order { EQ, LT, LE, GT, GE }

  private final String iamName;
  private final Type type;
  private final boolean negated;
  private final Order order;

  ConditionOperator(String iamName, Type type, boolean negated) {
    this(iamName, type, negated, null);
  }

  ConditionOperator(String iamName, Type type, boolean negated, Order order) {
    this.iamName = iamName;
    this.type = type;
    this.negated = negated;
    this.order = order;
  }

  /** The operator named {@code name} (no suffix, no qualifier), ignoring case. */
  static Optional<ConditionOperator> named(String name) {
    return Arrays.stream(values()).filter(o -> o.iamName.equalsIgnoreCase(name)).findFirst();
  }

  String iamName() { return iamName; }
  Type type() { return type; }
  boolean negated() { return negated; }

  /**
   * Whether one request value matches one policy value, before negation. Numeric and date
   * operators compare by the ordering the operator names; a request value that is no number or
   * date matches nothing.
   */
  boolean matches(String requestValue, PolicyText policyValue, RequestContext request) {
    return switch (type) {
      case STRING -> policyValue.text(request).map(requestValue::equals).orElse(false);
      case STRING_IGNORE_CASE -> policyValue.text(request).map(requestValue::equalsIgnoreCase).orElse(false);
      case STRING_LIKE -> policyValue.glob(request, false).map(g -> g.matches(requestValue)).orElse(false);
      case ARN -> policyValue.text(request).map(p -> ArnPattern.matches(p, requestValue)).orElse(false);
      case BOOL -> requestValue.equalsIgnoreCase(policyValue.toString());
      case NUMERIC -> ConditionValues.number(requestValue)
          .map(v -> ordered(v.compareTo(ConditionValues.number(policyValue.toString()).orElseThrow())))
          .orElse(false);
      case DATE -> ConditionValues.instant(requestValue)
          .map(v -> ordered(v.compareTo(ConditionValues.instant(policyValue.toString()).orElseThrow())))
          .orElse(false);
      case NULL -> throw new IllegalStateException("Null compares presence, not values");
    };
  }

  private boolean ordered(int comparison) {
    return switch (order) {
      case EQ -> comparison == 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
    };
  }

  /** Whether a policy value is acceptable for this operator (checked when a policy is loaded). */
  boolean accepts(String policyValue) {
    return switch (type) {
      case NUMERIC -> ConditionValues.number(policyValue).isPresent();
      case DATE -> ConditionValues.instant(policyValue).isPresent();
      case BOOL, NULL -> policyValue.toLowerCase(Locale.ROOT).matches("true|false");
      default -> true;
    };
  }

  @Override
  public String toString() {
    return iamName;
  }
}
