package dev.awsmcp.core.exec;

import dev.awsmcp.core.text.PythonJson;
import dev.awsmcp.core.text.PythonFloat;
import dev.awsmcp.core.text.PythonStr;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --output yaml} as the AWS CLI v2 writes it (ruamel.yaml safe dumper on libyaml, block
 * style, keys sorted, 2-space indent, sequences in mappings not indented, lines folded past 80
 * columns, unicode kept); a bare scalar is written as JSON, as the CLI does to avoid YAML's
 * document-end marker. Not thread-safe: one instance per document.
 */
final class YamlFormat {
  private static final int BEST_WIDTH = 80;
  private static final int INDENT = 2;

  private final StringBuilder out = new StringBuilder();
  private int column;
  private boolean whitespace = true;

  private YamlFormat() {}

  /** The CLI's YAMLDumper.dump of one value. */
  static String dump(JsonNode value) {
    if (!value.isContainerNode()) {
      return PythonJson.scalar(value, false) + "\n";
    }
    YamlFormat f = new YamlFormat();
    f.node(value, 0, true);
    f.out.append('\n');
    return f.out.toString();
  }

  // A value at the current position: `inline` when only indentation precedes it on its line
  // (document start, or just after "- "), `indent` the column its block starts at.
  private void node(JsonNode value, int indent, boolean inline) {
    if (value.isObject() && !value.isEmpty()) {
      if (!inline) {
        newline(indent);
      }
      mapping(value, indent);
    } else if (value.isArray() && !value.isEmpty()) {
      if (!inline) {
        newline(indent);
      }
      sequence(value, indent);
    } else if (value.isObject()) {
      separate();
      write("{}");
    } else if (value.isArray()) {
      separate();
      write("[]");
    } else {
      scalar(value, indent, false);
    }
  }

  private void mapping(JsonNode object, int indent) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    keys.sort(PythonStr.CODE_POINT_ORDER);
    boolean first = true;
    for (String key : keys) {
      if (first) {
        pad(indent);
      } else {
        newline(indent);
      }
      first = false;
      JsonNode v = object.get(key);
      if (!isSimpleKey(key)) {
        // libyaml writes a long or multi-line key as an explicit "? key" / ": value" pair
        write("?");
        string(key, indent + INDENT, false);
        newline(indent);
        write(":");
        node(v, indent + INDENT, true);
        continue;
      }
      string(key, indent + INDENT, true);
      write(":");
      // a sequence under a key is not indented further (libyaml's indentless sequence); a
      // scalar's folded lines are indented one step
      node(v, v.isArray() && !v.isEmpty() ? indent : indent + INDENT, false);
    }
  }

  // libyaml's check_simple_key for a scalar: at most 128 bytes and on one line.
  private static boolean isSimpleKey(String key) {
    return key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 128
        && key.codePoints().noneMatch(YamlScalarStyle::isBreak);
  }

  private void sequence(JsonNode array, int indent) {
    boolean first = true;
    for (JsonNode item : array) {
      if (first) {
        pad(indent);
      } else {
        newline(indent);
      }
      first = false;
      write("-");
      node(item, indent + INDENT, true);
    }
  }

  private void scalar(JsonNode value, int indent, boolean key) {
    if (value.isTextual()) {
      string(value.textValue(), indent, key);
      return;
    }
    separate();
    if (value.isNull() || value.isMissingNode()) {
      write("null");
    } else if (value.isBoolean()) {
      write(value.booleanValue() ? "true" : "false");
    } else if (value.isIntegralNumber()) {
      write(value.bigIntegerValue().toString());
    } else if (value.isNumber()) {
      write(floatText(value.doubleValue()));
    } else {
      string(value.asText(), indent, key);
    }
  }

  // ruamel's represent_float for YAML 1.2
  private static String floatText(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    return PythonFloat.repr(d).toLowerCase(java.util.Locale.ROOT);
  }

  private void string(String text, int indent, boolean key) {
    switch (YamlScalarStyle.of(text, key)) {
      case PLAIN:
        plain(text, indent, !key);
        break;
      case SINGLE_QUOTED:
        singleQuoted(text, indent, !key);
        break;
      default:
        doubleQuoted(text, indent, !key);
    }
  }

  private void plain(String text, int indent, boolean allowBreaks) {
    separate();
    int[] cps = text.codePoints().toArray();
    boolean spaces = false;
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && !(i + 1 < cps.length && cps[i + 1] == ' ')) {
          newline(indent);
        } else {
          writeCodePoint(c);
        }
        spaces = true;
      } else {
        writeCodePoint(c);
        spaces = false;
      }
    }
  }

  private void singleQuoted(String text, int indent, boolean allowBreaks) {
    separate();
    write("'");
    int[] cps = text.codePoints().toArray();
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && i != 0 && i != cps.length - 1 && cps[i + 1] != ' ') {
          newline(indent);
        } else {
          writeCodePoint(c);
        }
        spaces = true;
      } else if (YamlScalarStyle.isBreak(c)) {
        if (!breaks && c == '\n') {
          lineBreak();
        }
        if (c == '\n') {
          lineBreak();
        } else {
          out.appendCodePoint(c);
          column = 0;
        }
        breaks = true;
      } else {
        if (breaks) {
          pad(indent);
        }
        if (c == '\'') {
          write("'");
        }
        writeCodePoint(c);
        spaces = false;
        breaks = false;
      }
    }
    if (breaks) {
      pad(indent);
    }
    write("'");
  }

  private void doubleQuoted(String text, int indent, boolean allowBreaks) {
    separate();
    write("\"");
    int[] cps = text.codePoints().toArray();
    boolean spaces = false;
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (!YamlScalarStyle.isPrintable(c) || c == 0xFEFF || YamlScalarStyle.isBreak(c) || c == '"' || c == '\\') {
        write(escape(c));
        spaces = false;
      } else if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && i != 0 && i != cps.length - 1) {
          newline(indent);
          if (cps[i + 1] == ' ') {
            write("\\");
          }
        } else {
          writeCodePoint(c);
        }
        spaces = true;
      } else {
        writeCodePoint(c);
        spaces = false;
      }
    }
    write("\"");
  }

  private static String escape(int c) {
    switch (c) {
      case 0x00: return "\\0";
      case 0x07: return "\\a";
      case 0x08: return "\\b";
      case 0x09: return "\\t";
      case 0x0A: return "\\n";
      case 0x0B: return "\\v";
      case 0x0C: return "\\f";
      case 0x0D: return "\\r";
      case 0x1B: return "\\e";
      case 0x22: return "\\\"";
      case 0x5C: return "\\\\";
      case 0x85: return "\\N";
      case 0xA0: return "\\_";
      case 0x2028: return "\\L";
      case 0x2029: return "\\P";
      default:
        return c <= 0xFF ? String.format("\\x%02X", c)
            : c <= 0xFFFF ? String.format("\\u%04X", c) : String.format("\\U%08X", c);
    }
  }

  // The space libyaml puts between an indicator and what follows it.
  private void separate() {
    if (!whitespace) {
      write(" ");
    }
  }

  private void newline(int indent) {
    lineBreak();
    pad(indent);
  }

  private void lineBreak() {
    out.append('\n');
    column = 0;
    whitespace = true;
  }

  private void pad(int indent) {
    if (column < indent) {
      out.append(" ".repeat(indent - column));
      column = indent;
    }
    whitespace = true;
  }

  private void write(String s) {
    out.append(s);
    column += s.codePointCount(0, s.length());
    whitespace = false;
  }

  private void writeCodePoint(int c) {
    out.appendCodePoint(c);
    column++;
    whitespace = false;
  }
}
