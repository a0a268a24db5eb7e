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
import java.util.Collection;
import java.util.Map;

/**
 * Reads the JSON the JSON protocols receive into output values (engine convention): API member
 * names, timestamps as Python {@code isoformat()} UTC text, blobs base64, documents as they are,
 * {@code "NaN"}/{@code "Infinity"} as doubles. Keys the model does not know are dropped; null
 * structure members are left out; nulls in lists and maps are kept. Stateless.
 */
final class JsonBodyReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonBodyReader() {}

  /** The given members of a structure read from a JSON object. */
  static ObjectNode structure(Collection<Member> members, JsonNode json) {
    ObjectNode out = NODES.objectNode();
    if (!json.isObject()) {
      return out;
    }
    for (Member m : members) {
      JsonNode v = json.get(JsonBodyWriter.wireName(m));
      if (v != null && !v.isNull()) {
        out.set(m.name(), value(m, m.target(), v));
      }
    }
    return out;
  }

  /** One value of a member. */
  static JsonNode value(Member member, Shape target, JsonNode v) {
    if (v.isNull() || target.isDocument()) {
      return v;
    }
    switch (target.type()) {
      case STRUCTURE:
        return structure(target.members().values(), v);
      case LIST: {
        ArrayNode out = NODES.arrayNode();
        Member item = target.listMember();
        v.forEach(e -> out.add(value(item, item.target(), e)));
        return out;
      }
      case MAP: {
        ObjectNode out = NODES.objectNode();
        Member value = target.mapValue();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
          out.set(e.getKey(), value(value, value.target(), e.getValue()));
        }
        return out;
      }
      case TIMESTAMP:
        return NODES.textNode(TimestampFormats.toOutput(timestamp(member, v)));
      case FLOAT: case DOUBLE:
        return v.isTextual() ? NODES.numberNode(nonFinite(member, v.asText())) : v;
      default:
        return v;
    }
  }

  private static Instant timestamp(Member member, JsonNode v) {
    if (v.isIntegralNumber()) {
      return TimestampFormats.fromEpochSeconds(v.decimalValue());
    }
    if (v.isNumber()) {
      return TimestampFormats.fromEpochSecondsAsPython(v.doubleValue());
    }
    return TimestampFormats.parseLeniently(v.asText(), TimestampFormats.resolve(member, Format.EPOCH_SECONDS));
  }

  private static double nonFinite(Member member, String text) {
    switch (text) {
      case "NaN": return Double.NaN;
      case "Infinity": return Double.POSITIVE_INFINITY;
      case "-Infinity": return Double.NEGATIVE_INFINITY;
      default:
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new ProtocolException(member.name() + " is not a number: " + text, e);
        }
    }
  }
}
