package dev.awsmcp.core.protocol.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.TimestampFormats;
import dev.awsmcp.core.protocol.TimestampFormats.Format;
import java.time.Instant;
import java.util.Map;

/**
 * Turns input values (engine convention) into the JSON the JSON protocols send: keys are wire
 * names, timestamps epoch seconds unless a trait says otherwise, blobs stay base64, documents go
 * as they are, non-finite floats become the strings {@code NaN}, {@code Infinity},
 * {@code -Infinity}. Nulls inside lists and maps are kept (sparse collections); null structure
 * members are left out. Stateless.
 */
final class JsonBodyWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonBodyWriter() {}

  /** The JSON object for a structure's values; only the given members' values are written. */
  static ObjectNode structure(Shape shape, ObjectNode values) {
    ObjectNode out = NODES.objectNode();
    for (Member m : shape.members().values()) {
      JsonNode v = values.get(m.name());
      if (v != null && !v.isNull()) {
        out.set(wireName(m), value(m, m.target(), v));
      }
    }
    return out;
  }

  static String wireName(Member m) {
    return m.traits().locationName().orElse(m.name());
  }

  /** The wire JSON of one value of a member. */
  static JsonNode value(Member member, Shape target, JsonNode v) {
    if (v.isNull()) {
      return v;
    }
    if (target.isDocument()) {
      return v;
    }
    switch (target.type()) {
      case STRUCTURE:
        requireObject(member, v);
        return structure(target, (ObjectNode) v);
      case LIST: {
        if (!v.isArray()) {
          throw new ProtocolException(member.name() + " must be a list");
        }
        ArrayNode out = NODES.arrayNode();
        Member item = target.listMember();
        v.forEach(e -> out.add(value(item, item.target(), e)));
        return out;
      }
      case MAP: {
        requireObject(member, v);
        ObjectNode out = NODES.objectNode();
        Member value = target.mapValue();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
          out.set(e.getKey(), value(value, value.target(), e.getValue()));
        }
        return out;
      }
      case TIMESTAMP:
        return timestamp(member, v);
      case FLOAT: case DOUBLE:
        if (v.isNumber() && !Double.isFinite(v.doubleValue()) && !v.isBigDecimal()) {
          return NODES.textNode(nonFinite(v.doubleValue()));
        }
        return v;
      default:
        return v;
    }
  }

  private static JsonNode timestamp(Member member, JsonNode v) {
    Instant t = v.isNumber()
        ? TimestampFormats.fromEpochSeconds(v.decimalValue())
        : TimestampFormats.parseInput(v.asText());
    Format format = TimestampFormats.resolve(member, Format.EPOCH_SECONDS);
    if (format == Format.EPOCH_SECONDS) {
      return NODES.numberNode(TimestampFormats.epochSeconds(t));
    }
    return NODES.textNode(TimestampFormats.format(t, format));
  }

  private static String nonFinite(double d) {
    return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
  }

  private static void requireObject(Member member, JsonNode v) {
    if (!v.isObject()) {
      throw new ProtocolException(member.name() + " must be an object");
    }
  }
}
