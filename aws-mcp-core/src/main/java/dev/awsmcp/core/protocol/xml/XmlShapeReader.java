package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.TimestampFormats;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads XML elements into the codec's JSON values by shape, as botocore's XML parsers do: members
 * by element name (locationName, else the member name), flattened lists and maps as repeated
 * elements, attributes for {@code xmlAttribute} members, namespaces ignored. Members bound to
 * headers or the status code are left to the caller.
 */
final class XmlShapeReader {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private XmlShapeReader() {}

  /** The members of a structure found in {@code element}. */
  static ObjectNode structure(Shape shape, XmlElement element) {
    ObjectNode out = JSON.objectNode();
    XmlStructurePlan plan = XmlStructurePlan.of(shape);
    for (XmlStructurePlan.Entry a : plan.attributes) {
      String value = element.attributes().get(a.elementName());
      if (value != null) {
        putIfPresent(out, a.member().name(), scalar(a.member(), value));
      }
    }
    if (plan.elements.isEmpty() || element.children().isEmpty()) {
      return out;
    }
    // One pass over the children, one hash lookup each; then the members in the shape's order,
    // as botocore builds its dict.
    List<XmlStructurePlan.Entry> entries = plan.elements;
    Object[] found = new Object[entries.size()];
    for (XmlElement c : element.children()) {
      int i = plan.indexOf(c.name());
      if (i < 0) {
        continue;
      }
      if (found[i] == null) {
        found[i] = c;
      } else {
        if (found[i] instanceof XmlElement) {
          List<XmlElement> many = new ArrayList<>(4);
          many.add((XmlElement) found[i]);
          found[i] = many;
        }
        @SuppressWarnings("unchecked")
        List<XmlElement> many = (List<XmlElement>) found[i];
        many.add(c);
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      XmlStructurePlan.Entry e = entries.get(i);
      Object hit = found[i];
      if (hit == null && plan.hasSharedNames()) {
        hit = sharedHit(plan, e, found);
      }
      if (hit == null) {
        continue;
      }
      Member m = e.member();
      if (e.flattenedList() || e.flattenedMap()) {
        List<XmlElement> items = all(hit);
        out.set(m.name(), e.flattenedList() ? listItems(e.target(), items) : mapEntries(e.target(), items));
      } else {
        putIfPresent(out, m.name(), value(m, first(hit)));
      }
    }
    return out;
  }

  // A member whose element name an earlier member also has reads the same elements.
  private static Object sharedHit(XmlStructurePlan plan, XmlStructurePlan.Entry e, Object[] found) {
    int first = plan.indexOf(e.elementName());
    return first >= 0 ? found[first] : null;
  }

  @SuppressWarnings("unchecked")
  private static List<XmlElement> all(Object hit) {
    return hit instanceof XmlElement ? List.of((XmlElement) hit) : (List<XmlElement>) hit;
  }

  @SuppressWarnings("unchecked")
  private static XmlElement first(Object hit) {
    return hit instanceof XmlElement ? (XmlElement) hit : ((List<XmlElement>) hit).get(0);
  }

  /** The element name of a member; a flattened list may be named by its member (botocore). */
  static String elementName(Member m) {
    if (m.traits().locationName().isPresent()) {
      return m.traits().locationName().get();
    }
    Shape target = m.target();
    if (target.type() == ShapeType.LIST && (m.traits().flattened() || target.flattened())) {
      return target.listMember().traits().locationName().orElse(m.name());
    }
    return m.name();
  }

  /** The value of one element, or null when it holds nothing readable (an empty number). */
  static JsonNode value(Member m, XmlElement e) {
    Shape shape = m.target();
    switch (shape.type()) {
      case STRUCTURE:
        return structure(shape, e);
      case LIST:
        return listItems(shape, e.children());
      case MAP:
        return mapEntries(shape, e.children());
      default:
        return scalar(m, e.text());
    }
  }

  private static ArrayNode listItems(Shape list, List<XmlElement> items) {
    ArrayNode out = JSON.arrayNode();
    for (XmlElement item : items) {
      JsonNode v = value(list.listMember(), item);
      out.add(v == null ? JSON.nullNode() : v);
    }
    return out;
  }

  private static ObjectNode mapEntries(Shape map, List<XmlElement> entries) {
    String keyName = map.mapKey().traits().locationName().orElse("key");
    String valueName = map.mapValue().traits().locationName().orElse("value");
    ObjectNode out = JSON.objectNode();
    for (XmlElement entry : entries) {
      String key = entry.childText(keyName).orElse("");
      JsonNode v = entry.child(valueName).map(c -> value(map.mapValue(), c)).orElse(null);
      out.set(key, v == null ? JSON.nullNode() : v);
    }
    return out;
  }

  /** A scalar from element text, an attribute or a header value; null for an empty number. */
  static JsonNode scalar(Member m, String text) {
    ShapeType type = m.target().type();
    try {
      switch (type) {
        case STRING:
          return JSON.textNode(text);
        case BOOLEAN:
          return text.isBlank() ? null : JSON.booleanNode(Boolean.parseBoolean(text.trim()));
        case BLOB:
          return JSON.textNode(text.replaceAll("\\s", ""));
        case TIMESTAMP:
          return text.isBlank() ? null : JSON.textNode(TimestampFormats.toOutput(instant(m, text)));
        case FLOAT:
        case DOUBLE:
          return text.isBlank() ? null : JSON.numberNode(parseDouble(text.trim()));
        case BIG_DECIMAL:
          return text.isBlank() ? null : JSON.numberNode(new BigDecimal(text.trim()));
        case BIG_INTEGER:
          return text.isBlank() ? null : JSON.numberNode(new BigInteger(text.trim()));
        case LONG:
        case INTEGER:
        case SHORT:
        case BYTE: {
          if (text.isBlank()) {
            return null;
          }
          // The smallest node that holds the value, so equal numbers compare equal whatever the type.
          long v = Long.parseLong(text.trim());
          return v == (int) v ? JSON.numberNode((int) v) : JSON.numberNode(v);
        }
        default:
          return JSON.textNode(text);
      }
    } catch (NumberFormatException e) {
      throw new ProtocolException("member " + m.name() + ": not a " + type.name().toLowerCase(Locale.ROOT) + ": " + text);
    }
  }

  // botocore reads whatever format the service sent, whatever the model says; naive means UTC.
  private static Instant instant(Member m, String text) {
    try {
      return TimestampFormats.parseLeniently(text, TimestampFormats.resolve(m, TimestampFormats.Format.DATE_TIME));
    } catch (ProtocolException e) {
      return TimestampFormats.parseInput(text);
    }
  }

  private static double parseDouble(String s) {
    switch (s) {
      case "NaN": return Double.NaN;
      case "Infinity": return Double.POSITIVE_INFINITY;
      case "-Infinity": return Double.NEGATIVE_INFINITY;
      default: return Double.parseDouble(s);
    }
  }

  private static void putIfPresent(ObjectNode out, String name, JsonNode v) {
    if (v != null) {
      out.set(name, v);
    }
  }
}
