package dev.awsmcp.core.protocol.xml;

/**
 * A minimal XML text writer: start tags with attributes, escaped text, end tags. The caller keeps
 * elements balanced; names come from the service model, values are escaped here.
 */
final class XmlWriter {
  private final StringBuilder out = new StringBuilder(256);
  private boolean tagOpen;

  /** Opens {@code <name}; attributes may follow until content or the end tag. */
  XmlWriter start(String name) {
    closeStartTag();
    out.append('<').append(name);
    tagOpen = true;
    return this;
  }

  XmlWriter attribute(String name, String value) {
    if (!tagOpen) {
      throw new IllegalStateException("attribute " + name + " after content");
    }
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
    return this;
  }

  XmlWriter text(String value) {
    closeStartTag();
    escape(value, false);
    return this;
  }

  /** Closes the element {@code name}: {@code />} when it got no content. */
  XmlWriter end(String name) {
    if (tagOpen) {
      out.append("/>");
      tagOpen = false;
    } else {
      out.append("</").append(name).append('>');
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void closeStartTag() {
    if (tagOpen) {
      out.append('>');
      tagOpen = false;
    }
  }

  // Line breaks are written as references, or a reader would normalize them (botocore's
  // escape_xml_payload does the same for S3's DeleteObjects and lifecycle rules); tabs too in
  // attributes, where readers turn them into spaces.
  private void escape(String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '\r': out.append("&#xD;"); break;
        case '"': out.append(attribute ? "&quot;" : "\""); break;
        case '\n': out.append("&#xA;"); break;
        case '\t': out.append(attribute ? "&#x9;" : "\t"); break;
        default: out.append(c);
      }
    }
  }
}
