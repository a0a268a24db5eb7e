package dev.awsmcp.core.protocol.xml;

import dev.awsmcp.core.protocol.ProtocolException;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads response bodies into {@link XmlElement} trees with StAX. DTDs and external entities are
 * refused: a response is untrusted input, and an entity could read local files or expand without
 * bound.
 */
final class XmlDocuments {
  // The JDK's own StAX implementation (not whatever the class path offers), one per thread: a
  // factory is not specified to be thread-safe.
  private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlDocuments::newFactory);
  private static final int MAX_DEPTH = 256;

  private XmlDocuments() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** Whether the body holds anything but whitespace. */
  static boolean hasContent(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return true;
      }
    }
    return false;
  }

  /** The root element of an XML body; throws {@link ProtocolException} if it is not XML. */
  static XmlElement parse(byte[] body) {
    XMLStreamReader r = null;
    try {
      r = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(body));
      Deque<Builder> open = new ArrayDeque<>();
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
            if (open.size() >= MAX_DEPTH) {
              throw new ProtocolException("XML response nested deeper than " + MAX_DEPTH);
            }
            open.push(new Builder(r.getLocalName(), attributes(r)));
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (!open.isEmpty()) {
              open.peek().text.append(r.getText());
            }
            break;
          case XMLStreamConstants.END_ELEMENT:
            XmlElement done = open.pop().build();
            if (open.isEmpty()) {
              return done;
            }
            open.peek().children.add(done);
            break;
          case XMLStreamConstants.DTD:
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw new ProtocolException("XML response with a DTD or entity reference refused");
          default:
            break;
        }
      }
      throw new ProtocolException("XML response without a root element");
    } catch (XMLStreamException e) {
      throw new ProtocolException("response is not well-formed XML: " + e.getMessage(), e);
    } finally {
      close(r);
    }
  }

  private static Map<String, String> attributes(XMLStreamReader r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String local = r.getAttributeLocalName(i);
      String prefix = r.getAttributePrefix(i);
      String value = r.getAttributeValue(i);
      if (prefix != null && !prefix.isEmpty()) {
        out.put(prefix + ":" + local, value);
      }
      out.putIfAbsent(local, value);
    }
    return out;
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing was held open that matters
      }
    }
  }

  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Builder(String name, Map<String, String> attributes) {
      this.name = name;
      this.attributes = attributes;
    }

    XmlElement build() {
      return new XmlElement(name, attributes, children, text.toString());
    }
  }
}
