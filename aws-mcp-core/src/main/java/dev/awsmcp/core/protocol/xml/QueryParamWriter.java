package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.TimestampFormats;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Flattens an input into the key/value pairs of the awsQuery and ec2Query protocols:
 * structures as {@code A.B}, lists as {@code A.member.N} (or {@code A.N} when flattened, and
 * always on ec2Query), maps as {@code A.entry.N.key}/{@code .value}. Members follow model order.
 */
final class QueryParamWriter {
  private final boolean ec2;
  private final Map<String, String> params = new LinkedHashMap<>();

  private QueryParamWriter(boolean ec2) {
    this.ec2 = ec2;
  }

  /** The parameters of an input structure, without Action and Version. */
  static Map<String, String> write(Shape input, JsonNode value, boolean ec2) {
    QueryParamWriter w = new QueryParamWriter(ec2);
    w.structure(input, value, "");
    return w.params;
  }

  private void value(Member member, JsonNode value, String prefix) {
    Shape shape = member.target();
    switch (shape.type()) {
      case STRUCTURE:
        structure(shape, value, prefix);
        break;
      case LIST:
        list(member, shape, value, prefix);
        break;
      case MAP:
        map(member, shape, value, prefix);
        break;
      case BOOLEAN:
        params.put(prefix, value.asBoolean() ? "true" : "false");
        break;
      case TIMESTAMP:
        params.put(prefix, TimestampFormats.format(inputInstant(value),
            TimestampFormats.resolve(member, TimestampFormats.Format.DATE_TIME)));
        break;
      default:
        params.put(prefix, value.asText());
    }
  }

  private void structure(Shape shape, JsonNode value, String prefix) {
    if (!value.isObject()) {
      throw new ProtocolException(shape.name() + " must be an object");
    }
    for (Member m : shape.members().values()) {
      JsonNode v = value.get(m.name());
      if (v == null || v.isNull()) {
        continue;
      }
      String name = memberName(m);
      value(m, v, prefix.isEmpty() ? name : prefix + "." + name);
    }
  }

  private String memberName(Member m) {
    if (ec2) {
      if (m.traits().queryName().isPresent()) {
        return m.traits().queryName().get();
      }
      return capitalize(m.traits().locationName().orElse(m.name()));
    }
    if (m.traits().locationName().isPresent()) {
      return m.traits().locationName().get();
    }
    // botocore names a flattened list after its member's locationName (SQS's AttributeName.1);
    // Smithy puts that name on the structure member instead, which wins above.
    Shape target = m.target();
    if (target.type() == ShapeType.LIST && flattened(m, target)) {
      return target.listMember().traits().locationName().orElse(m.name());
    }
    return m.name();
  }

  private void list(Member member, Shape shape, JsonNode value, String prefix) {
    if (!value.isArray()) {
      throw new ProtocolException(member.name() + " must be a list");
    }
    if (value.isEmpty()) {
      if (!ec2) {
        params.put(prefix, ""); // awsQuery sends an empty list as a bare key
      }
      return;
    }
    String itemPrefix;
    if (ec2 || flattened(member, shape)) {
      itemPrefix = prefix;
    } else {
      itemPrefix = prefix + "." + shape.listMember().traits().locationName().orElse("member");
    }
    int i = 1;
    for (JsonNode item : value) {
      value(shape.listMember(), item, itemPrefix + "." + i++);
    }
  }

  private void map(Member member, Shape shape, JsonNode value, String prefix) {
    if (!value.isObject()) {
      throw new ProtocolException(member.name() + " must be a map");
    }
    String entryPrefix = flattened(member, shape) ? prefix : prefix + ".entry";
    String keyName = shape.mapKey().traits().locationName().orElse("key");
    String valueName = shape.mapValue().traits().locationName().orElse("value");
    int i = 1;
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); i++) {
      Map.Entry<String, JsonNode> e = it.next();
      String entry = entryPrefix + "." + i;
      params.put(entry + "." + keyName, e.getKey());
      if (!e.getValue().isNull()) {
        value(shape.mapValue(), e.getValue(), entry + "." + valueName);
      }
    }
  }

  // The engine's input convention is ISO-8601 text; a number is taken as epoch seconds.
  static Instant inputInstant(JsonNode value) {
    return value.isNumber()
        ? TimestampFormats.fromEpochSeconds(value.decimalValue())
        : TimestampFormats.parseInput(value.asText());
  }

  private static boolean flattened(Member member, Shape shape) {
    return member.traits().flattened() || shape.flattened();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
