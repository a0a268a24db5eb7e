package dev.awsmcp.core.cli;

import dev.awsmcp.core.text.PythonJson;
import dev.awsmcp.core.text.PythonStr;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * datapipeline's definition-file format to API objects ({@code awscli/customizations/datapipeline/translator.py}):
 * {@code {"objects": [{"id": .., "name": .., key: value | [values] | {"ref": id}}], "parameters":
 * [...], "values": {...}}} becomes {@code pipelineObjects} ({@code id}, {@code name} defaulting
 * to the id, {@code fields} sorted by key, one per value), {@code parameterObjects}
 * ({@code attributes}) and {@code parameterValues} ({@code {"id", "stringValue"}} per value).
 * Stateless.
 */
final class PipelineDefinitionTranslator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PipelineDefinitionTranslator() {}

  /** Thrown where the CLI raises; the message is the CLI's. */
  static final class DefinitionException extends Exception {
    DefinitionException(String message) {
      super(message);
    }
  }

  static ArrayNode apiObjects(JsonNode definition) throws DefinitionException {
    if (!definition.isObject() || !definition.has("objects")) {
      throw new DefinitionException("Error in pipeline definition: Missing \"objects\" key\n");
    }
    ArrayNode out = NODES.arrayNode();
    for (JsonNode element : elements(definition.get("objects"))) {
      ObjectNode copy = requireId(element, "element");
      JsonNode id = copy.remove("id");
      ObjectNode api = out.addObject();
      api.set("id", id);
      JsonNode name = copy.remove("name");
      api.set("name", name == null ? id : name);
      api.set("fields", fields(copy));
    }
    return out;
  }

  /** The parameter objects, or null when the definition has none. */
  static ArrayNode apiParameters(JsonNode definition) throws DefinitionException {
    if (!definition.isObject() || !definition.has("parameters")) {
      return null;
    }
    ArrayNode out = NODES.arrayNode();
    for (JsonNode element : elements(definition.get("parameters"))) {
      ObjectNode copy = requireId(element, "parameter");
      ObjectNode api = out.addObject();
      api.set("id", copy.remove("id"));
      api.set("attributes", fields(copy));
    }
    return out;
  }

  /** The parameter values, or null when the definition has none. */
  static ArrayNode parameterValues(JsonNode definition) throws DefinitionException {
    if (!definition.isObject() || !definition.has("values")) {
      return null;
    }
    JsonNode values = definition.get("values");
    if (!values.isObject()) {
      throw new DefinitionException("Error in pipeline definition: \"values\" must be an object\n");
    }
    ArrayNode out = NODES.arrayNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      for (JsonNode value : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
        out.addObject().put("id", e.getKey()).set("stringValue", value);
      }
    }
    return out;
  }

  private static Iterable<JsonNode> elements(JsonNode list) throws DefinitionException {
    if (!list.isArray()) {
      throw new DefinitionException("Error in pipeline definition: objects and parameters must be lists\n");
    }
    return list;
  }

  private static ObjectNode requireId(JsonNode element, String what) throws DefinitionException {
    if (!element.isObject() || !element.has("id")) {
      throw new DefinitionException("Error in pipeline definition: Missing \"id\" key of " + what + ": "
          + PythonJson.compact(element) + "\n");
    }
    return ((ObjectNode) element).deepCopy();
  }

  // sorted(element.items()), then one field per value: {"key", "refValue"} for {"ref": id}, else stringValue.
  private static ArrayNode fields(ObjectNode element) {
    List<String> keys = new ArrayList<>();
    element.fieldNames().forEachRemaining(keys::add);
    keys.sort(PythonStr::compareCodePoints);
    ArrayNode fields = NODES.arrayNode();
    for (String key : keys) {
      JsonNode value = element.get(key);
      for (JsonNode item : value.isArray() ? value : List.of(value)) {
        ObjectNode field = fields.addObject().put("key", key);
        if (item.isObject() && item.size() == 1 && item.has("ref")) {
          field.set("refValue", item.get("ref"));
        } else {
          field.set("stringValue", item);
        }
      }
    }
    return fields;
  }
}
