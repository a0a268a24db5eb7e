package dev.awsmcp.core.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a call's arguments strictly: a missing required argument, a wrong type or a value out of
 * range is an {@link InvalidArgumentException} naming the argument, as is an argument the tool
 * does not know (a misspelt name silently ignored would change what the agent meant).
 */
final class ToolArguments {
  private final ObjectNode args;

  ToolArguments(ObjectNode args, String... known) {
    this.args = args;
    List<String> names = List.of(known);
    args.fieldNames().forEachRemaining(f -> {
      if (!names.contains(f)) {
        throw new InvalidArgumentException(f, "is not known; expected " + String.join(", ", names));
      }
    });
  }

  static ObjectNode empty() {
    return JsonNodeFactory.instance.objectNode();
  }

  String requiredText(String name) {
    return optionalText(name).orElseThrow(() -> new InvalidArgumentException(name, "is required"));
  }

  Optional<String> optionalText(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new InvalidArgumentException(name, "must be a non-empty string");
    }
    return Optional.of(v.asText());
  }

  /** A string, or a list of 1 to {@code max} strings. */
  List<String> textOrList(String name, int max) {
    JsonNode v = value(name);
    if (v == null) {
      throw new InvalidArgumentException(name, "is required");
    }
    if (v.isTextual()) {
      return List.of(requiredText(name));
    }
    if (!v.isArray() || v.isEmpty() || v.size() > max) {
      throw new InvalidArgumentException(name, "must be a string or a list of 1 to " + max + " strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw new InvalidArgumentException(name, "must hold non-empty strings only");
      }
      out.add(item.asText());
    }
    return out;
  }

  OptionalInt optionalInt(String name, int min, int max) {
    JsonNode v = value(name);
    if (v == null) {
      return OptionalInt.empty();
    }
    // Some clients send whole numbers as 5.0; a fraction or a text is still refused.
    if (!v.isNumber() || v.asDouble() != Math.rint(v.asDouble()) || v.asDouble() < min || v.asDouble() > max) {
      throw new InvalidArgumentException(name, "must be a whole number from " + min + " to " + max);
    }
    return OptionalInt.of(v.asInt());
  }

  // JSON null reads as absent: clients fill optional arguments with null.
  private JsonNode value(String name) {
    JsonNode v = args.get(name);
    return v == null || v.isNull() ? null : v;
  }
}
