package dev.awsmcp.core.protocol.xml;

import dev.awsmcp.core.protocol.ProtocolException;
import java.io.ByteArrayInputStream;
import com.ctc.wstx.stax.WstxInputFactory;
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
  // Woodstox, named rather than looked up, so whatever StAX the class path offers cannot change
  // how untrusted answers are read. Creating a reader costs a fraction of the JDK's (which
  // allocates its buffers and symbol table per reader), and a configured Woodstox factory is
  // safe to share between threads.
  private static final XMLInputFactory FACTORY = newFactory();
  private static final int MAX_DEPTH = 256;

  private XmlDocuments() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = new WstxInputFactory();
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
      r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
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
              open.peek().addText(r.getText());
            }
            break;
          case XMLStreamConstants.END_ELEMENT:
            XmlElement done = open.pop().build();
            if (open.isEmpty()) {
              return done;
            }
            open.peek().add(done);
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
    if (r.getAttributeCount() == 0) {
      return Map.of();
    }
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

  // Most elements are either a leaf with one run of text or a parent of others: the list and the
  // string builder are made only when needed.
  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    List<XmlElement> children = List.of();
    String text = "";
    StringBuilder moreText;

    Builder(String name, Map<String, String> attributes) {
      this.name = name;
      this.attributes = attributes;
    }

    void add(XmlElement child) {
      if (children.isEmpty()) {
        children = new ArrayList<>(4);
      }
      children.add(child);
    }

    void addText(String more) {
      if (moreText != null) {
        moreText.append(more);
      } else if (text.isEmpty()) {
        text = more;
      } else {
        moreText = new StringBuilder(text).append(more);
      }
    }

    XmlElement build() {
      return new XmlElement(name, attributes, children, moreText != null ? moreText.toString() : text);
    }
  }
}
