package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;

/**
 * The few Python operations botocore's paging applies to result values: {@code len}, the slices
 * {@code [:n]} and {@code [n:]} (negative {@code n} counts from the end) and {@code +}. Strings
 * count code points, as Python does.
 */
final class PythonSlices {
  private PythonSlices() {}

  static int length(JsonNode v) {
    if (v.isTextual()) {
      return v.textValue().codePointCount(0, v.textValue().length());
    }
    if (v.isContainerNode()) {
      return v.size();
    }
    throw new IllegalStateException("the primary result key holds a " + v.getNodeType() + ", which has no length");
  }

  /** {@code v[:n]}. */
  static JsonNode head(JsonNode v, int n) {
    return slice(v, 0, clamp(n, length(v)));
  }

  /** {@code v[n:]}. */
  static JsonNode tail(JsonNode v, int n) {
    int len = length(v);
    return slice(v, clamp(n, len), len);
  }

  private static int clamp(int n, int len) {
    int i = n < 0 ? n + len : n;
    return Math.max(0, Math.min(len, i));
  }

  private static JsonNode slice(JsonNode v, int from, int to) {
    if (v.isTextual()) {
      String s = v.textValue();
      if (from >= to) {
        return TextNode.valueOf("");
      }
      return TextNode.valueOf(s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to)));
    }
    if (!v.isArray()) {
      throw new IllegalStateException("the primary result key holds a " + v.getNodeType() + ", which cannot be cut");
    }
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int i = from; i < to; i++) {
      out.add(v.get(i));
    }
    return out;
  }

  /** {@code a + b} for two numbers or two strings. */
  static JsonNode plus(JsonNode a, JsonNode b) {
    if (a.isTextual() && b.isTextual()) {
      return TextNode.valueOf(a.textValue() + b.textValue());
    }
    if (a.isNumber() && b.isNumber()) {
      if (a.isIntegralNumber() && b.isIntegralNumber()) {
        java.math.BigInteger sum = a.bigIntegerValue().add(b.bigIntegerValue());
        return sum.bitLength() < 32 ? JsonNodeFactory.instance.numberNode(sum.intValue())
            : sum.bitLength() < 64 ? JsonNodeFactory.instance.numberNode(sum.longValue())
            : JsonNodeFactory.instance.numberNode(sum);
      }
      if (a.isBigDecimal() || b.isBigDecimal()) {
        return JsonNodeFactory.instance.numberNode(new BigDecimal(a.asText()).add(new BigDecimal(b.asText())));
      }
      return JsonNodeFactory.instance.numberNode(a.doubleValue() + b.doubleValue());
    }
    throw new IllegalStateException("cannot add a " + b.getNodeType() + " to a " + a.getNodeType()
        + " when merging pages");
  }
}
