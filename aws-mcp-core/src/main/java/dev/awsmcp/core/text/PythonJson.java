package dev.awsmcp.core.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The text of Python's {@code json.dumps} for a JSON tree, in the two forms the AWS CLI uses:
 * compact with {@code ", "}/{@code ": "} separators and non-ASCII escaped (pagination tokens), and
 * {@code indent=4, ensure_ascii=False} (the {@code json} output format). Stateless.
 */
public final class PythonJson {
  // pseudo indents: below zero means one line, with or without spaces after separators
  private static final int TIGHT = -2;

  private PythonJson() {}

  /** {@code json.dumps(value)}. */
  public static String compact(JsonNode value) {
    StringBuilder out = new StringBuilder();
    write(value, out, -1, 0, true);
    return out.toString();
  }

  /** {@code json.dumps(value, separators=(',', ':'))}, as JMESPath's {@code to_string} writes. */
  public static String tight(JsonNode value) {
    return compact(value, true);
  }

  private static String compact(JsonNode value, boolean tight) {
    StringBuilder out = new StringBuilder();
    write(value, out, tight ? TIGHT : -1, 0, true);
    return out.toString();
  }

  /** {@code json.dumps(value, indent=4, ensure_ascii=False)}. */
  public static String indented(JsonNode value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 4, 0, false);
    return out.toString();
  }

  /** A scalar as Python's json module writes it. */
  public static String scalar(JsonNode value, boolean ensureAscii) {
    StringBuilder out = new StringBuilder();
    write(value, out, -1, 0, ensureAscii);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out, int indent, int level, boolean ensureAscii) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        separator(out, first, indent, level + 1);
        first = false;
        string(e.getKey(), out, ensureAscii);
        out.append(indent == TIGHT ? ":" : ": ");
        write(e.getValue(), out, indent, level + 1, ensureAscii);
      }
      close(out, indent, level);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        separator(out, i == 0, indent, level + 1);
        write(node.get(i), out, indent, level + 1, ensureAscii);
      }
      close(out, indent, level);
      out.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), out, ensureAscii);
    } else if (node.isBoolean()) {
      out.append(node.booleanValue() ? "true" : "false");
    } else if (node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else if (node.isIntegralNumber()) {
      out.append(node.bigIntegerValue());
    } else if (node.isNumber()) {
      out.append(floatText(node.doubleValue()));
    } else if (node.isBinary()) {
      // botocore's json_encoder writes bytes as base64, which is what the node holds as text
      string(node.asText(), out, ensureAscii);
    } else {
      string(node.asText(), out, ensureAscii);
    }
  }

  // json.dumps writes non-finite floats as JavaScript names, everything else as repr().
  public static String floatText(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    return PythonFloat.repr(d);
  }

  private static void separator(StringBuilder out, boolean first, int indent, int level) {
    if (indent < 0) {
      if (!first) {
        out.append(indent == TIGHT ? "," : ", ");
      }
      return;
    }
    if (!first) {
      out.append(',');
    }
    out.append('\n').append(" ".repeat(indent * level));
  }

  private static void close(StringBuilder out, int indent, int level) {
    if (indent >= 0) {
      out.append('\n').append(" ".repeat(indent * level));
    }
  }

  public static void string(String s, StringBuilder out, boolean ensureAscii) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          if (c < 0x20 || (ensureAscii && c > 0x7e)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
