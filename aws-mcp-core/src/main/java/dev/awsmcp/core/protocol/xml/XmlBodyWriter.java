package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.MemberTraits.Location;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.TimestampFormats;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Writes input values as restXml elements, as botocore's RestXMLSerializer does: members in model
 * order named by locationName (else the member name), {@code xmlAttribute} members as attributes,
 * lists wrapped in {@code member} (or their member's name) unless flattened, maps as
 * {@code entry/key/value}, namespaces as {@code xmlns} or {@code xmlns:prefix} attributes.
 */
final class XmlBodyWriter {
  private final XmlWriter xml = new XmlWriter();

  private XmlBodyWriter() {}

  /**
   * A document whose root element {@code rootName} holds the structure {@code shape}.
   *
   * @param rootNamespace the namespace declared on the root when the shape declares none, or null
   */
  static String document(String rootName, String rootNamespace, Shape shape, JsonNode value) {
    XmlBodyWriter w = new XmlBodyWriter();
    w.xml.start(rootName);
    if (shape.xmlNamespace().isPresent()) {
      w.namespace(shape.xmlNamespace().get(), shape.xmlNamespacePrefix().orElse(null));
    } else if (rootNamespace != null) {
      w.namespace(rootNamespace, null);
    }
    w.structureContent(shape, value);
    w.xml.end(rootName);
    return w.xml.toString();
  }

  /** A document whose root is the element of one member (a structure payload). */
  static String memberDocument(String rootName, Member member, JsonNode value) {
    XmlBodyWriter w = new XmlBodyWriter();
    w.element(rootName, member, value);
    return w.xml.toString();
  }

  private void element(String name, Member member, JsonNode value) {
    Shape shape = member.target();
    switch (shape.type()) {
      case LIST:
        list(name, member, shape, value);
        return;
      case MAP:
        map(name, member, shape, value);
        return;
      default:
        break;
    }
    xml.start(name);
    namespaceOf(member, shape);
    if (shape.type() == ShapeType.STRUCTURE) {
      structureContent(shape, value);
    } else {
      xml.text(scalar(member, value));
    }
    xml.end(name);
  }

  private void structureContent(Shape shape, JsonNode value) {
    if (!value.isObject()) {
      throw new ProtocolException(shape.name() + " must be an object");
    }
    for (Member m : shape.members().values()) {
      JsonNode v = value.get(m.name());
      if (v != null && !v.isNull() && m.traits().xmlAttribute()) {
        xml.attribute(m.traits().locationName().orElse(m.name()), scalar(m, v));
      }
    }
    for (Member m : shape.members().values()) {
      JsonNode v = value.get(m.name());
      if (v != null && !v.isNull() && !m.traits().xmlAttribute() && m.traits().location() == Location.BODY) {
        element(XmlShapeReader.elementName(m), m, v);
      }
    }
  }

  private void list(String name, Member member, Shape shape, JsonNode value) {
    if (!value.isArray()) {
      throw new ProtocolException(member.name() + " must be a list");
    }
    Member item = shape.listMember();
    if (member.traits().flattened() || shape.flattened()) {
      for (JsonNode v : value) {
        element(name, item, v);
      }
      return;
    }
    xml.start(name);
    namespaceOf(member, shape);
    String itemName = item.traits().locationName().orElse("member");
    for (JsonNode v : value) {
      element(itemName, item, v);
    }
    xml.end(name);
  }

  private void map(String name, Member member, Shape shape, JsonNode value) {
    if (!value.isObject()) {
      throw new ProtocolException(member.name() + " must be a map");
    }
    boolean flattened = member.traits().flattened() || shape.flattened();
    String entryName = flattened ? name : "entry";
    if (!flattened) {
      xml.start(name);
      namespaceOf(member, shape);
    }
    String keyName = shape.mapKey().traits().locationName().orElse("key");
    String valueName = shape.mapValue().traits().locationName().orElse("value");
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      xml.start(entryName);
      element(keyName, shape.mapKey(), TextNode.valueOf(e.getKey()));
      if (!e.getValue().isNull()) {
        element(valueName, shape.mapValue(), e.getValue());
      }
      xml.end(entryName);
    }
    if (!flattened) {
      xml.end(name);
    }
  }

  // The member's namespace wins over its target's, as botocore merges member over shape.
  private void namespaceOf(Member member, Shape shape) {
    Optional<String> uri = member.traits().xmlNamespace();
    if (uri.isPresent()) {
      namespace(uri.get(), member.traits().xmlNamespacePrefix().orElse(null));
    } else if (shape.xmlNamespace().isPresent()) {
      namespace(shape.xmlNamespace().get(), shape.xmlNamespacePrefix().orElse(null));
    }
  }

  private void namespace(String uri, String prefix) {
    xml.attribute(prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, uri);
  }

  private static String scalar(Member m, JsonNode v) {
    switch (m.target().type()) {
      case BOOLEAN:
        return v.asBoolean() ? "true" : "false";
      case TIMESTAMP:
        return TimestampFormats.format(QueryParamWriter.inputInstant(v),
            TimestampFormats.resolve(m, TimestampFormats.Format.DATE_TIME));
      case STRUCTURE: case LIST: case MAP:
        throw new ProtocolException(m.name() + " is not a scalar");
      default:
        return v.asText();
    }
  }
}
