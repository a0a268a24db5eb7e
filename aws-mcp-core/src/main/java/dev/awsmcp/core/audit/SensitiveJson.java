package dev.awsmcp.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON value read against its model shape: which of its values are secrets. A value is a
 * secret when its shape is {@code sensitive} (botocore's trait, Smithy's {@code @sensitive}) or
 * when it sits under a {@link SecretNames secret name}; everything below a secret is secret.
 * A null shape (documents, unknown commands) leaves only the names to go by.
 */
final class SensitiveJson {
  private static final TextNode MASKED = TextNode.valueOf(SecretPatterns.MASK);

  private SensitiveJson() {}

  /** A copy of the value with every secret replaced by {@code "****"}. */
  static JsonNode redact(JsonNode value, Shape shape) {
    if (isSensitive(shape)) {
      return MASKED;
    }
    if (value.isObject()) {
      ObjectNode copy = ((ObjectNode) value).objectNode();
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        Shape child = fieldShape(shape, e.getKey());
        boolean secret = SecretNames.isSecret(e.getKey()) && !isFlagOrNumber(child);
        copy.set(e.getKey(), secret ? MASKED : redact(e.getValue(), child));
      }
      return copy;
    }
    if (value.isArray()) {
      ArrayNode copy = ((ArrayNode) value).arrayNode();
      Shape element = elementShape(shape);
      value.forEach(v -> copy.add(redact(v, element)));
      return copy;
    }
    return value;
  }

  /**
   * Adds to {@code secrets} every secret scalar of the value as text, and for a secret blob its
   * decoded text too, because the command line carries the text the CLI base64-encodes.
   */
  static void collect(JsonNode value, Shape shape, Set<String> secrets) {
    if (isSensitive(shape)) {
      collectAll(value, secrets);
    } else if (value.isObject()) {
      value.properties().forEach(e -> {
        Shape child = fieldShape(shape, e.getKey());
        if (SecretNames.isSecret(e.getKey()) && !isFlagOrNumber(child)) {
          collectAll(e.getValue(), secrets);
        } else {
          collect(e.getValue(), child, secrets);
        }
      });
    } else if (value.isArray()) {
      Shape element = elementShape(shape);
      value.forEach(v -> collect(v, element, secrets));
    }
  }

  private static void collectAll(JsonNode value, Set<String> secrets) {
    if (value.isContainerNode()) {
      value.forEach(v -> collectAll(v, secrets));
    } else if (!value.isNull() && !value.asText().isEmpty()) {
      secrets.add(value.asText());
      decodedBase64(value.asText()).ifPresent(secrets::add);
    }
  }

  private static Optional<String> decodedBase64(String text) {
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      String decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return decoded.isEmpty() ? Optional.empty() : Optional.of(decoded);
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return Optional.empty(); // not base64 text: the value itself was collected
    }
  }

  /** Whether a shape marks its values secret; a list of secrets or a map to secrets counts too. */
  static boolean isSensitive(Shape shape) {
    if (shape == null) {
      return false;
    }
    if (shape.isSensitive()) {
      return true;
    }
    if (shape.type() == ShapeType.LIST && shape.listMember() != null) {
      return shape.listMember().target().isSensitive();
    }
    return shape.type() == ShapeType.MAP && shape.mapValue() != null && shape.mapValue().target().isSensitive();
  }

  /** Whether any value of the shape, at any depth, may be a secret by the model. */
  static boolean mayHoldSecrets(Shape shape) {
    return shape != null && mayHoldSecrets(shape, new HashSet<>());
  }

  // Shapes may be recursive: each is visited once.
  private static boolean mayHoldSecrets(Shape shape, Set<String> visited) {
    if (shape.isSensitive()) {
      return true;
    }
    if (!visited.add(shape.name())) {
      return false;
    }
    switch (shape.type()) {
      case STRUCTURE:
        return shape.members().values().stream().anyMatch(m -> mayHoldSecrets(m.target(), visited));
      case LIST:
        return shape.listMember() != null && mayHoldSecrets(shape.listMember().target(), visited);
      case MAP:
        return (shape.mapKey() != null && mayHoldSecrets(shape.mapKey().target(), visited))
            || (shape.mapValue() != null && mayHoldSecrets(shape.mapValue().target(), visited));
      default:
        return false;
    }
  }

  /** Booleans and numbers under a secret-sounding name are settings ({@code PasswordLength}). */
  static boolean isFlagOrNumber(Shape shape) {
    return shape != null && (shape.type() == ShapeType.BOOLEAN || shape.type().isNumber());
  }

  private static Shape fieldShape(Shape shape, String field) {
    if (shape == null) {
      return null;
    }
    if (shape.type() == ShapeType.STRUCTURE) {
      return shape.member(field).map(Member::target).orElse(null);
    }
    if (shape.type() == ShapeType.MAP && shape.mapValue() != null) {
      return shape.mapValue().target();
    }
    return null;
  }

  private static Shape elementShape(Shape shape) {
    return shape != null && shape.type() == ShapeType.LIST && shape.listMember() != null
        ? shape.listMember().target()
        : null;
  }
}
