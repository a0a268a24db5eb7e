package dev.awsmcp.core.policy.iam;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a statement's Condition block: operator (with optional {@code ForAnyValue:} or {@code
 * ForAllValues:} qualifier and {@code IfExists} suffix) to key to value or values. Values may be
 * strings, numbers or booleans, as IAM accepts; an unknown or unsupported operator, or a value
 * the operator cannot compare, is refused.
 */
final class ConditionParser {
  private static final String IF_EXISTS = "IfExists";

  private final PolicyParser policy;
  private final boolean variables;

  ConditionParser(PolicyParser policy, boolean variables) {
    this.policy = policy;
    this.variables = variables;
  }

  List<Condition> conditions(JsonNode block, String path) {
    if (!block.isObject() || block.isEmpty()) {
      throw policy.fault(path, "must be an object of condition operators");
    }
    List<Condition> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> ops = block.fields(); ops.hasNext(); ) {
      Map.Entry<String, JsonNode> op = ops.next();
      String opPath = path + "." + op.getKey();
      if (!op.getValue().isObject() || op.getValue().isEmpty()) {
        throw policy.fault(opPath, "must be an object of condition keys to values");
      }
      for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
        Map.Entry<String, JsonNode> key = keys.next();
        out.add(condition(op.getKey(), key.getKey(), key.getValue(), opPath + "." + key.getKey()));
      }
    }
    return out;
  }

  private Condition condition(String name, String key, JsonNode valueNode, String path) {
    Condition.Qualifier qualifier = Condition.Qualifier.NONE;
    String base = name;
    if (base.startsWith("ForAnyValue:")) {
      qualifier = Condition.Qualifier.FOR_ANY_VALUE;
      base = base.substring("ForAnyValue:".length());
    } else if (base.startsWith("ForAllValues:")) {
      qualifier = Condition.Qualifier.FOR_ALL_VALUES;
      base = base.substring("ForAllValues:".length());
    }
    boolean ifExists = base.endsWith(IF_EXISTS) && base.length() > IF_EXISTS.length();
    if (ifExists) {
      base = base.substring(0, base.length() - IF_EXISTS.length());
    }
    Optional<ConditionOperator> operator = ConditionOperator.named(base);
    if (operator.isEmpty()) {
      String problem = unsupported(base)
          ? "condition operator \"" + name + "\" is not supported by the guard (no request carries what it compares)"
          : "unknown condition operator \"" + name + "\"";
      throw policy.fault(path, problem);
    }
    ConditionOperator op = operator.get();
    if (op == ConditionOperator.NULL && (ifExists || qualifier != Condition.Qualifier.NONE)) {
      throw policy.fault(path, "the Null operator takes neither IfExists nor a set qualifier");
    }
    List<PolicyText> values = new ArrayList<>();
    for (Map.Entry<String, String> v : values(valueNode, path)) {
      if (!op.accepts(v.getValue())) {
        throw policy.fault(v.getKey(), op.iamName() + " cannot compare \"" + v.getValue() + "\"" + expected(op));
      }
      boolean textual = op.type() == ConditionOperator.Type.STRING || op.type() == ConditionOperator.Type.STRING_IGNORE_CASE
          || op.type() == ConditionOperator.Type.STRING_LIKE || op.type() == ConditionOperator.Type.ARN;
      values.add(policy.policyText(v.getValue(), variables && textual, v.getKey()));
    }
    return new Condition(op, qualifier, ifExists, key, values);
  }

  private List<Map.Entry<String, String>> values(JsonNode node, String path) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (node.isArray()) {
      if (node.isEmpty()) {
        throw policy.fault(path, "must not be an empty array");
      }
      for (int i = 0; i < node.size(); i++) {
        out.add(Map.entry(path + "[" + i + "]", scalar(node.get(i), path + "[" + i + "]")));
      }
    } else {
      out.add(Map.entry(path, scalar(node, path)));
    }
    return out;
  }

  private String scalar(JsonNode node, String path) {
    if (node.isTextual() || node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    throw policy.fault(path, "a condition value must be a string, number or boolean");
  }

  // IAM operators the engine cannot evaluate: it knows no source IP and no binary values.
  private static boolean unsupported(String base) {
    return base.equals("IpAddress") || base.equals("NotIpAddress") || base.equals("BinaryEquals");
  }

  private static String expected(ConditionOperator op) {
    return switch (op.type()) {
      case NUMERIC -> " (expected a number)";
      case DATE -> " (expected an ISO 8601 date or epoch seconds)";
      default -> " (expected \"true\" or \"false\")";
    };
  }
}
