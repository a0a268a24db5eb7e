package dev.awsmcp.core.protocol.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.TimestampFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import software.amazon.smithy.model.node.Node;

/**
 * Converts a Smithy test's {@code params} to the engine's value convention: timestamps (epoch
 * seconds in the tests) become Python {@code isoformat()} text, blobs (raw text in the tests)
 * base64, {@code "NaN"}/{@code "Infinity"} floats doubles. A blob output payload is dropped: it
 * is streaming output to botocore, and by the codec contract the executor, not the codec, handles
 * it.
 */
final class ParamsConverter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ParamsConverter() {}

  static ObjectNode convert(Shape structure, software.amazon.smithy.model.node.ObjectNode params, boolean output) {
    ObjectNode raw = (ObjectNode) jackson(params);
    ObjectNode out = NODES.objectNode();
    for (Member m : structure.members().values()) {
      JsonNode v = raw.get(m.name());
      if (v == null || v.isNull()) {
        continue;
      }
      if (output && m.target().type() == dev.awsmcp.core.model.ShapeType.BLOB
          && structure.payload().map(m.name()::equals).orElse(false)) {
        continue; // a blob payload is streaming output, not part of the parsed output
      }
      out.set(m.name(), value(m.target(), v));
    }
    return out;
  }

  static JsonNode jackson(Node node) {
    try {
      return JSON.readTree(Node.printJson(node));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode value(Shape target, JsonNode v) {
    if (v.isNull() || target.isDocument()) {
      return v;
    }
    switch (target.type()) {
      case STRUCTURE: {
        ObjectNode out = NODES.objectNode();
        for (Member m : target.members().values()) {
          if (v.hasNonNull(m.name())) {
            out.set(m.name(), value(m.target(), v.get(m.name())));
          }
        }
        return out;
      }
      case LIST: {
        ArrayNode out = NODES.arrayNode();
        v.forEach(e -> out.add(value(target.listMember().target(), e)));
        return out;
      }
      case MAP: {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
          out.set(e.getKey(), value(target.mapValue().target(), e.getValue()));
        }
        return out;
      }
      case TIMESTAMP:
        return v.isNumber()
            ? NODES.textNode(TimestampFormats.toOutput(TimestampFormats.fromEpochSeconds(v.decimalValue())))
            : v;
      case BLOB:
        return NODES.textNode(Base64.getEncoder().encodeToString(v.asText().getBytes(StandardCharsets.UTF_8)));
      case FLOAT: case DOUBLE:
        if (v.isTextual()) {
          switch (v.asText()) {
            case "NaN": return NODES.numberNode(Double.NaN);
            case "Infinity": return NODES.numberNode(Double.POSITIVE_INFINITY);
            case "-Infinity": return NODES.numberNode(Double.NEGATIVE_INFINITY);
            default: return v;
          }
        }
        return v;
      default:
        return v;
    }
  }
}
