package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The length in UTF-16 characters of a JSON value written compactly by Jackson (no whitespace,
 * only quotes, backslashes and control characters escaped), computed without writing it. This is
 * the measure of the response size cap. Stateless.
 */
final class CompactJsonSize {
  private CompactJsonSize() {}

  static long of(JsonNode node) {
    if (node.isObject()) {
      long size = 2;
      int n = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        size += string(e.getKey()) + 1 + of(e.getValue());
        n++;
      }
      return size + Math.max(0, n - 1);
    }
    if (node.isArray()) {
      long size = 2;
      for (JsonNode el : node) {
        size += of(el);
      }
      return size + Math.max(0, node.size() - 1);
    }
    if (node.isTextual()) {
      return string(node.textValue());
    }
    return node.toString().length();
  }

  static long string(String s) {
    long size = 2;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') {
        size += 2;
      } else if (c < 0x20) {
        size += 6;
      } else {
        size++;
      }
    }
    return size;
  }
}
