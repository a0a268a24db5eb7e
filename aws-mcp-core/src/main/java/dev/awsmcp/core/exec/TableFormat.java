package dev.awsmcp.core.exec;

import dev.awsmcp.core.text.PythonStr;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code --output table} as the AWS CLI v1 builds it ({@code TableFormatter} in
 * {@code awscli/formatter.py}): a section titled with the operation name; an object becomes a
 * header row of its sorted scalar keys and a value row (a single scalar key becomes one
 * key/value row), each nested value a sub-section one level deeper; a list of objects becomes one
 * row per object under the union of their scalar keys. Falsy documents print nothing.
 *
 * <p>The CLI sizes the table to the terminal and falls back to 80 columns when stdout is not a
 * terminal; an agent has no terminal, so {@link #TERMINAL_WIDTH} is fixed at 80. Stateless.
 */
final class TableFormat {
  /** The terminal width the table is fitted to: the CLI's own default without a terminal. */
  static final int TERMINAL_WIDTH = 80;

  private final TableLayout table = new TableLayout(TERMINAL_WIDTH);

  private TableFormat() {}

  static String render(String operationName, JsonNode document) {
    TableFormat format = new TableFormat();
    return format.build(operationName, document, 0) ? format.table.render() : "";
  }

  private boolean build(String title, JsonNode current, int indentLevel) {
    if (!PythonTruth.isTrue(current)) {
      return false;
    }
    if (title != null) {
      table.newSection(title, indentLevel);
    }
    if (current.isArray()) {
      if (current.get(0).isObject()) {
        subTableFromList(current, indentLevel, title);
      } else {
        for (JsonNode item : current) {
          if (!item.isContainerNode()) {
            table.addRow(List.of(PythonStr.str(item)));
          } else if (allScalar(item)) {
            table.addRow(cells(item));
          } else {
            build(null, item, 0);
          }
        }
      }
    }
    if (current.isObject()) {
      subTableFromObject(current, indentLevel);
    }
    return true;
  }

  // Python iterates a dict by its keys: an object among list items yields its key names.
  private static boolean allScalar(JsonNode container) {
    if (container.isObject()) {
      return true;
    }
    for (JsonNode el : container) {
      if (el.isContainerNode()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> cells(JsonNode container) {
    List<String> out = new ArrayList<>();
    if (container.isObject()) {
      container.fieldNames().forEachRemaining(out::add);
    } else {
      container.forEach(el -> out.add(PythonStr.str(el)));
    }
    return out;
  }

  private void subTableFromObject(JsonNode current, int indentLevel) {
    List<String> headers = new ArrayList<>();
    List<String> more = new ArrayList<>();
    groupScalarKeys(current, headers, more);
    if (headers.size() == 1) {
      table.addRow(List.of(headers.get(0), PythonStr.str(current.get(headers.get(0)))));
    } else if (!headers.isEmpty()) {
      table.addRowHeader(headers);
      List<String> row = new ArrayList<>();
      headers.forEach(h -> row.add(PythonStr.str(current.get(h))));
      table.addRow(row);
    }
    for (String key : more) {
      build(key, current.get(key), indentLevel + 1);
    }
  }

  private void subTableFromList(JsonNode current, int indentLevel, String title) {
    TreeSet<String> headerSet = new TreeSet<>(PythonStr.CODE_POINT_ORDER);
    TreeSet<String> moreSet = new TreeSet<>(PythonStr.CODE_POINT_ORDER);
    for (JsonNode item : current) {
      if (!item.isObject()) {
        throw new UnrenderableOutputException("--output table cannot lay out a list that starts with objects and"
            + " also holds " + item.getNodeType().toString().toLowerCase() + " values (the AWS CLI fails the same"
            + " way); use --output json or narrow it with --query");
      }
      List<String> h = new ArrayList<>();
      List<String> m = new ArrayList<>();
      groupScalarKeys(item, h, m);
      headerSet.addAll(h);
      moreSet.addAll(m);
    }
    List<String> headers = new ArrayList<>(headerSet);
    table.addRowHeader(headers);
    boolean first = true;
    for (JsonNode element : current) {
      if (!first && !moreSet.isEmpty()) {
        table.newSection(title, indentLevel);
        table.addRowHeader(headers);
      }
      first = false;
      List<String> row = new ArrayList<>();
      headers.forEach(h -> row.add(element.has(h) ? PythonStr.str(element.get(h)) : ""));
      table.addRow(row);
      for (String key : moreSet) {
        if (element.has(key)) {
          build(key, element.get(key), indentLevel + 1);
        }
      }
    }
  }

  private static void groupScalarKeys(JsonNode object, List<String> headers, List<String> more) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      (e.getValue().isContainerNode() ? more : headers).add(e.getKey());
    }
    headers.sort(PythonStr.CODE_POINT_ORDER);
    more.sort(PythonStr.CODE_POINT_ORDER);
  }
}
