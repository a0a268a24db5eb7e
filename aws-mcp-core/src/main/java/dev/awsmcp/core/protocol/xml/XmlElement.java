package dev.awsmcp.core.protocol.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed XML document: its local name (namespaces are ignored on read, as
 * botocore ignores them), attributes, child elements in document order, and its own text. Built
 * by {@link XmlDocuments}; immutable once built.
 */
final class XmlElement {
  private final String name;
  private final Map<String, String> attributes;
  private final List<XmlElement> children;
  private final String text;

  // Takes the maps and lists it is given without copying: only XmlDocuments builds elements, and
  // it hands each over once, whole. Copying them was a measurable share of reading an answer.
  XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text) {
    this.name = name;
    this.attributes = attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(attributes);
    this.children = children.isEmpty() ? List.of() : Collections.unmodifiableList(children);
    this.text = text;
  }

  /** The local name, without prefix or namespace. */
  String name() {
    return name;
  }

  /**
   * Attributes keyed by their qualified name as written ({@code xsi:type}) and, when that has a
   * prefix, also by the local name ({@code type}).
   */
  Map<String, String> attributes() {
    return attributes;
  }

  List<XmlElement> children() {
    return children;
  }

  /** The element's own character data, untrimmed; "" for {@code <a/>}. */
  String text() {
    return text;
  }

  /** The first child with this local name. */
  Optional<XmlElement> child(String childName) {
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every child with this local name, in document order. */
  List<XmlElement> children(String childName) {
    List<XmlElement> out = new ArrayList<>();
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The text of the first child with this name. */
  Optional<String> childText(String childName) {
    return child(childName).map(XmlElement::text);
  }

  @Override
  public String toString() {
    return "<" + name + ">";
  }
}
