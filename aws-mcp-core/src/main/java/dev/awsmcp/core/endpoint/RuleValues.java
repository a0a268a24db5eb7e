package dev.awsmcp.core.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import software.amazon.smithy.rulesengine.language.evaluation.value.Value;
import software.amazon.smithy.rulesengine.language.syntax.parameters.Parameter;

/**
 * Turns a parameter's value from the model, the input or the settings into a rules-engine value
 * of the parameter's declared type. A value of the wrong type is refused, as botocore refuses it.
 */
final class RuleValues {
  private RuleValues() {}

  static Value fromJson(Parameter parameter, JsonNode json) {
    switch (parameter.getType()) {
      case STRING:
        if (json.isTextual()) {
          return Value.stringValue(json.asText());
        }
        break;
      case BOOLEAN:
        if (json.isBoolean()) {
          return Value.booleanValue(json.asBoolean());
        }
        break;
      case STRING_ARRAY:
        if (json.isArray()) {
          List<Value> items = new ArrayList<>();
          for (JsonNode item : json) {
            if (!item.isTextual()) {
              throw wrongType(parameter, json);
            }
            items.add(Value.stringValue(item.asText()));
          }
          return Value.arrayValue(items);
        }
        break;
      default:
        break;
    }
    throw wrongType(parameter, json);
  }

  static Value fromJava(Parameter parameter, Object value) {
    switch (parameter.getType()) {
      case STRING:
        if (value instanceof String) {
          return Value.stringValue((String) value);
        }
        break;
      case BOOLEAN:
        if (value instanceof Boolean) {
          return Value.booleanValue((Boolean) value);
        }
        break;
      case STRING_ARRAY:
        if (value instanceof List) {
          List<Value> items = new ArrayList<>();
          for (Object item : (List<?>) value) {
            if (!(item instanceof String)) {
              throw wrongType(parameter, value);
            }
            items.add(Value.stringValue((String) item));
          }
          return Value.arrayValue(items);
        }
        break;
      default:
        break;
    }
    throw wrongType(parameter, value);
  }

  private static EndpointException wrongType(Parameter parameter, Object value) {
    return new EndpointException("endpoint parameter " + parameter.getNameString() + " must be a "
        + parameter.getType() + ", not " + value);
  }
}
