package dev.awsmcp.core.exec;

import dev.awsmcp.core.text.PythonJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import software.amazon.smithy.jmespath.RuntimeType;
import software.amazon.smithy.jmespath.evaluation.JmespathRuntime;
import software.amazon.smithy.jmespath.evaluation.NumberType;

/**
 * Lets smithy-jmespath evaluate expressions directly on Jackson trees. Values found are the
 * tree's own nodes (not copies), so a caller may change what a paginator path points at.
 * Stateless; share {@link #INSTANCE}.
 */
final class JsonNodeJmespathRuntime implements JmespathRuntime<JsonNode> {
  static final JsonNodeJmespathRuntime INSTANCE = new JsonNodeJmespathRuntime();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonNodeJmespathRuntime() {}

  @Override
  public RuntimeType typeOf(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return RuntimeType.NULL;
    }
    if (value.isObject()) {
      return RuntimeType.OBJECT;
    }
    if (value.isArray()) {
      return RuntimeType.ARRAY;
    }
    if (value.isBoolean()) {
      return RuntimeType.BOOLEAN;
    }
    if (value.isNumber()) {
      return RuntimeType.NUMBER;
    }
    return RuntimeType.STRING;
  }

  @Override
  public JsonNode createNull() {
    return NODES.nullNode();
  }

  @Override
  public JsonNode createBoolean(boolean b) {
    return NODES.booleanNode(b);
  }

  @Override
  public boolean asBoolean(JsonNode value) {
    return value.booleanValue();
  }

  /** As Python's jmespath: strings as they are, anything else as compact JSON ({@code to_string}). */
  @Override
  public String toString(JsonNode value) {
    return value.isTextual() ? value.textValue() : PythonJson.tight(value);
  }

  @Override
  public JsonNode createString(String s) {
    return NODES.textNode(s);
  }

  @Override
  public String asString(JsonNode value) {
    return value.asText();
  }

  @Override
  public JsonNode createNumber(Number n) {
    if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return NODES.numberNode(n.intValue());
    }
    if (n instanceof Long) {
      return NODES.numberNode(n.longValue());
    }
    if (n instanceof BigInteger) {
      return NODES.numberNode((BigInteger) n);
    }
    if (n instanceof BigDecimal) {
      return NODES.numberNode((BigDecimal) n);
    }
    return NODES.numberNode(n.doubleValue());
  }

  @Override
  public NumberType numberType(JsonNode value) {
    switch (value.numberType()) {
      case INT: return NumberType.INTEGER;
      case LONG: return NumberType.LONG;
      case BIG_INTEGER: return NumberType.BIG_INTEGER;
      case FLOAT: return NumberType.FLOAT;
      case BIG_DECIMAL: return NumberType.BIG_DECIMAL;
      default: return NumberType.DOUBLE;
    }
  }

  @Override
  public Number asNumber(JsonNode value) {
    return value.numberValue();
  }

  @Override
  public ArrayBuilder<JsonNode> arrayBuilder() {
    ArrayNode array = NODES.arrayNode();
    return new ArrayBuilder<>() {
      @Override
      public void add(JsonNode value) {
        array.add(value);
      }

      @Override
      public void addAll(JsonNode values) {
        asIterable(values).forEach(array::add);
      }

      @Override
      public JsonNode build() {
        return array;
      }
    };
  }

  @Override
  public JsonNode element(JsonNode array, int index) {
    JsonNode v = array.get(index);
    return v == null ? createNull() : v;
  }

  @Override
  public ObjectBuilder<JsonNode> objectBuilder() {
    ObjectNode object = NODES.objectNode();
    return new ObjectBuilder<>() {
      @Override
      public void put(JsonNode key, JsonNode value) {
        object.set(key.asText(), value);
      }

      @Override
      public void putAll(JsonNode values) {
        object.setAll((ObjectNode) values);
      }

      @Override
      public JsonNode build() {
        return object;
      }
    };
  }

  @Override
  public JsonNode value(JsonNode object, JsonNode key) {
    JsonNode v = object.isObject() ? object.get(key.asText()) : null;
    return v == null ? createNull() : v;
  }

  @Override
  public int length(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue().codePointCount(0, value.textValue().length());
    }
    return value.size();
  }

  @Override
  public Iterable<? extends JsonNode> asIterable(JsonNode value) {
    if (value.isArray()) {
      return value;
    }
    if (value.isObject()) {
      // as smithy's own runtimes: iterating an object yields its keys (keys() relies on it)
      java.util.List<JsonNode> keys = new java.util.ArrayList<>(value.size());
      value.fieldNames().forEachRemaining(k -> keys.add(NODES.textNode(k)));
      return keys;
    }
    return Collections.emptyList();
  }
}
