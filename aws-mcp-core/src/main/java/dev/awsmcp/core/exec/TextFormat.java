package dev.awsmcp.core.exec;

import dev.awsmcp.core.text.PythonStr;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code --output text} as the AWS CLI v1 writes it ({@code awscli/text.py}): one line per object
 * with its scalar values tab-separated in key order, lists of objects sharing the sorted union of
 * their scalar keys, nested values on their own lines prefixed with the upper-cased key. Fails
 * where the CLI fails: a list that mixes objects with anything else. Stateless.
 */
final class TextFormat {
  private TextFormat() {}

  static String render(JsonNode document) {
    StringBuilder out = new StringBuilder();
    format(document, out, null, null);
    return out.toString();
  }

  private static void format(JsonNode item, StringBuilder out, String identifier, List<String> scalarKeys) {
    if (item.isObject()) {
      formatObject(item, out, identifier, scalarKeys);
    } else if (item.isArray()) {
      formatList(item, out, identifier);
    } else {
      out.append(PythonStr.str(item)).append('\n');
    }
  }

  private static void formatList(JsonNode item, StringBuilder out, String identifier) {
    if (item.isEmpty()) {
      return;
    }
    boolean anyObject = false;
    boolean anyList = false;
    for (JsonNode el : item) {
      anyObject |= el.isObject();
      anyList |= el.isArray();
    }
    if (anyObject) {
      List<String> keys = allScalarKeys(item);
      for (JsonNode el : item) {
        format(el, out, identifier, keys);
      }
    } else if (anyList) {
      List<JsonNode> scalars = new ArrayList<>();
      List<JsonNode> others = new ArrayList<>();
      for (JsonNode el : item) {
        (el.isContainerNode() ? others : scalars).add(el);
      }
      if (!scalars.isEmpty()) {
        formatScalars(scalars, out, identifier);
      }
      for (JsonNode other : others) {
        format(other, out, identifier, null);
      }
    } else {
      List<JsonNode> all = new ArrayList<>();
      item.forEach(all::add);
      formatScalars(all, out, identifier);
    }
  }

  private static void formatScalars(List<JsonNode> elements, StringBuilder out, String identifier) {
    if (identifier != null) {
      for (JsonNode el : elements) {
        out.append(upper(identifier)).append('\t').append(PythonStr.str(el)).append('\n');
      }
    } else {
      List<String> cells = new ArrayList<>();
      elements.forEach(el -> cells.add(PythonStr.str(el)));
      out.append(String.join("\t", cells)).append('\n');
    }
  }

  private static void formatObject(JsonNode item, StringBuilder out, String identifier, List<String> scalarKeys) {
    List<String> scalars = new ArrayList<>();
    List<Map.Entry<String, JsonNode>> nested = new ArrayList<>();
    if (scalarKeys == null) {
      for (String key : sortedKeys(item)) {
        JsonNode v = item.get(key);
        if (v.isContainerNode()) {
          nested.add(Map.entry(key, v));
        } else {
          scalars.add(PythonStr.str(v));
        }
      }
    } else {
      for (String key : scalarKeys) {
        JsonNode v = item.get(key);
        scalars.add(v == null ? "" : PythonStr.str(v));
      }
      for (String key : sortedKeys(item)) {
        if (!scalarKeys.contains(key)) {
          nested.add(Map.entry(key, item.get(key)));
        }
      }
    }
    if (!scalars.isEmpty()) {
      if (identifier != null) {
        scalars.add(0, upper(identifier));
      }
      out.append(String.join("\t", scalars)).append('\n');
    }
    for (Map.Entry<String, JsonNode> e : nested) {
      format(e.getValue(), out, e.getKey(), null);
    }
  }

  // _all_scalar_keys: Python calls .items() on every element, so a non-object fails there.
  private static List<String> allScalarKeys(JsonNode list) {
    TreeSet<String> keys = new TreeSet<>(PythonStr.CODE_POINT_ORDER);
    for (JsonNode el : list) {
      if (!el.isObject()) {
        throw new UnrenderableOutputException("--output text cannot print a list that mixes objects with "
            + el.getNodeType().toString().toLowerCase() + " values (the AWS CLI fails the same way); use --output json"
            + " or narrow it with --query");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = el.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isContainerNode()) {
          keys.add(e.getKey());
        }
      }
    }
    return new ArrayList<>(keys);
  }

  private static List<String> sortedKeys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    keys.sort(PythonStr.CODE_POINT_ORDER);
    return keys;
  }

  // str.upper() maps some characters to several (ß to SS), as Java's does.
  private static String upper(String s) {
    return s.toUpperCase(java.util.Locale.ROOT);
  }
}
