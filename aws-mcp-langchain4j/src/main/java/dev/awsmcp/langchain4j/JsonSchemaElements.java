package dev.awsmcp.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tools' JSON schemas (JSON text in core, the MCP form) as LangChain4j schema elements.
 * Covers the keywords the tool definitions use: type, properties, required, items, anyOf, enum,
 * description. Bounds such as {@code minimum} have no LangChain4j element; the tool checks them.
 */
final class JsonSchemaElements {
  private JsonSchemaElements() {}

  static JsonObjectSchema object(ObjectNode schema) {
    JsonObjectSchema.Builder b = JsonObjectSchema.builder();
    description(schema).ifPresent(b::description);
    schema.path("properties").fields().forEachRemaining(p -> b.addProperty(p.getKey(), element(p.getValue())));
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    if (!required.isEmpty()) {
      b.required(required);
    }
    return b.build();
  }

  static JsonSchemaElement element(JsonNode schema) {
    if (schema.has("anyOf") || schema.has("oneOf")) {
      List<JsonSchemaElement> choices = new ArrayList<>();
      schema.path(schema.has("anyOf") ? "anyOf" : "oneOf").forEach(s -> choices.add(element(s)));
      JsonAnyOfSchema.Builder b = JsonAnyOfSchema.builder().anyOf(choices);
      description(schema).ifPresent(b::description);
      return b.build();
    }
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.get("enum").forEach(v -> values.add(v.asText()));
      JsonEnumSchema.Builder b = JsonEnumSchema.builder().enumValues(values);
      description(schema).ifPresent(b::description);
      return b.build();
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "object":
        return object((ObjectNode) schema);
      case "array": {
        JsonArraySchema.Builder b = JsonArraySchema.builder().items(element(schema.path("items")));
        description(schema).ifPresent(b::description);
        return b.build();
      }
      case "integer": {
        JsonIntegerSchema.Builder b = JsonIntegerSchema.builder();
        description(schema).ifPresent(b::description);
        return b.build();
      }
      case "number": {
        JsonNumberSchema.Builder b = JsonNumberSchema.builder();
        description(schema).ifPresent(b::description);
        return b.build();
      }
      case "boolean": {
        JsonBooleanSchema.Builder b = JsonBooleanSchema.builder();
        description(schema).ifPresent(b::description);
        return b.build();
      }
      case "string": {
        JsonStringSchema.Builder b = JsonStringSchema.builder();
        description(schema).ifPresent(b::description);
        return b.build();
      }
      default:
        throw new IllegalArgumentException("a tool schema uses a form this adapter does not translate: " + schema);
    }
  }

  private static Optional<String> description(JsonNode schema) {
    return schema.hasNonNull("description") ? Optional.of(schema.get("description").asText()) : Optional.empty();
  }
}
