package dev.awsmcp.core.protocol.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * Structural JSON comparison: object key order does not matter, numbers compare by value (so
 * {@code 1}, {@code 1.0} and a float read as a double agree), NaN equals NaN.
 */
final class JsonEquivalence {
  private JsonEquivalence() {}

  /** The first difference, as a path and both values, or empty when equivalent. */
  static Optional<String> difference(JsonNode expected, JsonNode actual) {
    return diff("$", expected, actual);
  }

  private static Optional<String> diff(String path, JsonNode e, JsonNode a) {
    if (e.isNumber() && a.isNumber()) {
      return numbersEqual(e, a) ? Optional.empty() : mismatch(path, e, a);
    }
    if (e.isObject() && a.isObject()) {
      if (e.size() != a.size()) {
        return mismatch(path, e, a);
      }
      for (Map.Entry<String, JsonNode> f : e.properties()) {
        JsonNode other = a.get(f.getKey());
        if (other == null) {
          return Optional.of(path + "." + f.getKey() + ": missing, expected " + f.getValue());
        }
        Optional<String> d = diff(path + "." + f.getKey(), f.getValue(), other);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (e.isArray() && a.isArray()) {
      if (e.size() != a.size()) {
        return mismatch(path, e, a);
      }
      for (int i = 0; i < e.size(); i++) {
        Optional<String> d = diff(path + "[" + i + "]", e.get(i), a.get(i));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return e.equals(a) ? Optional.empty() : mismatch(path, e, a);
  }

  private static boolean numbersEqual(JsonNode e, JsonNode a) {
    double x = e.doubleValue();
    double y = a.doubleValue();
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.isNaN(x) && Double.isNaN(y);
    }
    if (e.isIntegralNumber() && a.isIntegralNumber()) {
      return e.bigIntegerValue().equals(a.bigIntegerValue());
    }
    return x == y || (float) x == (float) y;
  }

  private static Optional<String> mismatch(String path, JsonNode e, JsonNode a) {
    return Optional.of(path + ": expected " + e + " but was " + a);
  }
}
