package dev.awsmcp.core.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the sections of {@code --output table} ({@code awscli.table.MultiTable.render}): every
 * section stretched to the widest one, and, when that is wider than the terminal, each
 * single-row section turned into a two-column key/value section first. Not thread-safe.
 */
final class TableLayout {
  private final List<TableSection> sections = new ArrayList<>();
  private final int terminalWidth;
  private TableSection current;

  TableLayout(int terminalWidth) {
    this.terminalWidth = terminalWidth;
  }

  void newSection(String title, int indentLevel) {
    current = new TableSection();
    current.title = title;
    current.indentLevel = indentLevel;
    sections.add(current);
  }

  void addRowHeader(List<String> headers) {
    current.addHeader(headers);
  }

  void addRow(List<String> cells) {
    current.addRow(cells);
  }

  String render() {
    int maxWidth = maxWidth();
    if (maxWidth > terminalWidth) {
      convertToVertical();
      maxWidth = maxWidth();
    }
    StringBuilder out = new StringBuilder();
    out.append("-".repeat(maxWidth)).append('\n');
    for (TableSection s : sections) {
      renderSection(s, maxWidth, out);
    }
    return out.toString();
  }

  private int maxWidth() {
    int max = 0;
    for (TableSection s : sections) {
      max = Math.max(max, s.totalWidth(4, true, s.indentLevel));
    }
    return max;
  }

  private void convertToVertical() {
    for (int i = 0; i < sections.size(); i++) {
      TableSection s = sections.get(i);
      if (s.rows.size() == 1 && !s.headers.isEmpty()) {
        TableSection vertical = new TableSection();
        vertical.title = s.title;
        vertical.indentLevel = s.indentLevel;
        List<String> row = s.rows.get(0);
        for (int c = 0; c < Math.min(s.headers.size(), row.size()); c++) {
          vertical.addRow(List.of(s.headers.get(c), row.get(c)));
        }
        sections.set(i, vertical);
      }
    }
  }

  private void renderSection(TableSection s, int maxWidth, StringBuilder out) {
    int width = maxWidth - s.indentLevel * 2;
    List<String> lines = new ArrayList<>();
    if (s.title != null && !s.title.isEmpty()) {
      lines.add(center(s.title, width, "|", "|"));
      if (s.headers.isEmpty() && s.rows.isEmpty()) {
        lines.add("+" + "-".repeat(Math.max(0, width - 2)) + "+");
      }
    }
    if (!s.headers.isEmpty()) {
      List<Integer> widths = s.columnWidths(4, width);
      StringBuilder header = new StringBuilder();
      for (int i = 0; i < Math.min(widths.size(), s.headers.size()); i++) {
        header.append(center(s.headers.get(i), widths.get(i), i == 0 ? "|" : "", "|"));
      }
      lines.add(lineBreak(widths));
      lines.add(header.toString());
    }
    if (!s.rows.isEmpty()) {
      List<Integer> widths = s.columnWidths(4, width);
      if (!widths.isEmpty()) {
        lines.add(lineBreak(widths));
        for (List<String> row : s.rows) {
          StringBuilder line = new StringBuilder();
          for (int i = 0; i < Math.min(widths.size(), row.size()); i++) {
            line.append(alignLeft(row.get(i), widths.get(i), i == 0 ? "|" : "", "|"));
          }
          lines.add(line.toString());
        }
        lines.add(lineBreak(widths));
      }
    }
    String indent = "|".repeat(s.indentLevel);
    for (String line : lines) {
      out.append(indent).append(line).append(indent).append('\n');
    }
  }

  private static String lineBreak(List<Integer> widths) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < widths.size(); i++) {
      out.append(i == 0 ? "+" + "-".repeat(Math.max(0, widths.get(i) - 2)) + "+"
          : "-".repeat(Math.max(0, widths.get(i) - 1)) + "+");
    }
    return out.toString();
  }

  // awscli.table.center_text
  private static String center(String text, int length, String leftEdge, String rightEdge) {
    int textLength = DisplayWidth.of(text);
    int charStart = Math.floorDiv(length, 2) - Math.floorDiv(textLength, 2) - 1;
    StringBuilder out = new StringBuilder(leftEdge).append(" ".repeat(Math.max(0, charStart))).append(text);
    int soFar = DisplayWidth.of(leftEdge) + charStart + textLength;
    int rightSpaces = length - DisplayWidth.of(rightEdge) - soFar;
    return out.append(" ".repeat(Math.max(0, rightSpaces))).append(rightEdge).toString();
  }

  // awscli.table.align_left with its default left padding of 2
  private static String alignLeft(String text, int length, String leftEdge, String rightEdge) {
    int textLength = DisplayWidth.of(text);
    int computed = textLength + 2 + DisplayWidth.of(leftEdge) + DisplayWidth.of(rightEdge);
    int padding = length - computed >= 0 ? 2 : 0;
    int soFar = leftEdge.length() + padding + textLength;
    return leftEdge + " ".repeat(padding) + text + " ".repeat(Math.max(0, length - soFar - rightEdge.length()))
        + rightEdge;
  }
}
