package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.JsonNode;

/** Python's truthiness of a JSON value, which botocore applies to tokens and {@code more_results}. */
final class PythonTruth {
  private PythonTruth() {}

  /** False for null, false, 0, 0.0, "", [] and {}; true otherwise. */
  static boolean isTrue(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.isIntegralNumber() ? v.bigIntegerValue().signum() != 0 : v.doubleValue() != 0;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    if (v.isContainerNode()) {
      return v.size() > 0;
    }
    return true;
  }
}
