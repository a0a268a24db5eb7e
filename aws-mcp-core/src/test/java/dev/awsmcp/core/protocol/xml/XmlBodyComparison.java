package dev.awsmcp.core.protocol.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Compares two XML bodies by structure, as the protocol tests mean them: element names and
 * resolved namespaces, attributes and prefixed namespace declarations, the text of leaf elements,
 * and the order of same-named siblings (list items). The order of differently named siblings
 * (structure members) does not count, nor does a default namespace declared again with the same
 * value, whitespace between elements or the XML declaration.
 */
public final class XmlBodyComparison {
  private XmlBodyComparison() {}

  /** The first difference, or empty when the bodies are equivalent. */
  public static Optional<String> difference(String expected, String actual) {
    boolean expectEmpty = expected.isBlank();
    if (expectEmpty || actual.isBlank()) {
      return expectEmpty == actual.isBlank() ? Optional.empty()
          : Optional.of("expected " + (expectEmpty ? "no body" : "a body") + " but got " + (expectEmpty ? actual : "none"));
    }
    Element e;
    Element a;
    try {
      e = parse(expected);
    } catch (Exception ex) {
      throw new IllegalArgumentException("expected body is not XML: " + ex.getMessage(), ex);
    }
    try {
      a = parse(actual);
    } catch (Exception ex) {
      return Optional.of("actual body is not XML (" + ex.getMessage() + "): " + actual);
    }
    return compare(e, a, "/" + e.getLocalName());
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
  }

  private static Optional<String> compare(Element e, Element a, String path) {
    if (!e.getLocalName().equals(a.getLocalName()) || !equal(e.getNamespaceURI(), a.getNamespaceURI())) {
      return Optional.of(path + ": expected element {" + e.getNamespaceURI() + "}" + e.getLocalName()
          + " but got {" + a.getNamespaceURI() + "}" + a.getLocalName());
    }
    Map<String, String> ea = attributes(e);
    Map<String, String> aa = attributes(a);
    if (!ea.equals(aa)) {
      return Optional.of(path + ": expected attributes " + ea + " but got " + aa);
    }
    List<Element> ec = children(e);
    List<Element> ac = children(a);
    if (ec.isEmpty() && ac.isEmpty()) {
      String et = e.getTextContent();
      String at = a.getTextContent();
      return et.trim().equals(at.trim()) ? Optional.empty()
          : Optional.of(path + ": expected text '" + et + "' but got '" + at + "'");
    }
    Map<String, List<Element>> eg = groups(ec);
    Map<String, List<Element>> ag = groups(ac);
    if (!eg.keySet().equals(ag.keySet())) {
      return Optional.of(path + ": expected child elements " + eg.keySet() + " but got " + ag.keySet());
    }
    for (Map.Entry<String, List<Element>> g : eg.entrySet()) {
      List<Element> es = g.getValue();
      List<Element> as = ag.get(g.getKey());
      if (es.size() != as.size()) {
        return Optional.of(path + ": expected " + es.size() + " " + g.getKey() + " elements but got " + as.size());
      }
      for (int i = 0; i < es.size(); i++) {
        Optional<String> d = compare(es.get(i), as.get(i), path + "/" + es.get(i).getLocalName() + "[" + i + "]");
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  // Siblings by resolved name, each group in document order.
  private static Map<String, List<Element>> groups(List<Element> elements) {
    Map<String, List<Element>> out = new TreeMap<>();
    for (Element x : elements) {
      out.computeIfAbsent("{" + x.getNamespaceURI() + "}" + x.getLocalName(), k -> new ArrayList<>()).add(x);
    }
    return out;
  }

  private static Map<String, String> attributes(Element e) {
    Map<String, String> out = new TreeMap<>();
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node n = attrs.item(i);
      if (n.getNodeName().equals("xmlns")) {
        continue; // already part of the resolved element names
      }
      out.put(n.getNodeName().startsWith("xmlns:") ? n.getNodeName()
          : "{" + n.getNamespaceURI() + "}" + n.getLocalName(), n.getNodeValue());
    }
    return out;
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static boolean equal(String x, String y) {
    return x == null ? y == null : x.equals(y);
  }
}
