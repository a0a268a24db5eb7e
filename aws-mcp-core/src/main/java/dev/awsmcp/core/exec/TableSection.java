package dev.awsmcp.core.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * One titled block of {@code --output table} ({@code awscli.table.Section}): optional column
 * headers, rows of cell texts, the widest cell of each column, and the nesting level that draws
 * extra {@code |} borders. Mutable while the table is built.
 */
final class TableSection {
  /** Null for sections the CLI opens without a title (Python's None, four characters wide). */
  String title = "";
  List<String> headers = new ArrayList<>();
  final List<List<String>> rows = new ArrayList<>();
  int indentLevel;
  private Integer columnCount;
  private List<Integer> maxWidths = new ArrayList<>();

  void addHeader(List<String> headerTexts) {
    updateMaxWidths(headerTexts);
    if (columnCount == null) {
      columnCount = headerTexts.size();
    }
    headers = new ArrayList<>(headerTexts);
  }

  void addRow(List<String> cells) {
    if (columnCount == null) {
      columnCount = cells.size();
    }
    if (cells.size() != columnCount) {
      throw new UnrenderableOutputException("--output table cannot lay out rows of different lengths (a row should have "
          + columnCount + " elements, instead it has " + cells.size() + "; the AWS CLI fails the same way);"
          + " use --output json or narrow it with --query");
    }
    rows.add(new ArrayList<>(cells));
    updateMaxWidths(cells);
  }

  private void updateMaxWidths(List<String> cells) {
    if (maxWidths.isEmpty()) {
      maxWidths = new ArrayList<>();
      cells.forEach(c -> maxWidths.add(DisplayWidth.of(c)));
      return;
    }
    for (int i = 0; i < cells.size(); i++) {
      if (i >= maxWidths.size()) {
        throw new UnrenderableOutputException("--output table cannot lay out a row wider than its header"
            + " (the AWS CLI fails the same way); use --output json");
      }
      maxWidths.set(i, Math.max(DisplayWidth.of(cells.get(i)), maxWidths.get(i)));
    }
  }

  /** Column widths with padding, scaled to add up to {@code maxWidth} when given (&gt; 0). */
  List<Integer> columnWidths(int padding, Integer maxWidth) {
    List<Integer> unscaled = new ArrayList<>();
    maxWidths.forEach(w -> unscaled.add(w + padding));
    if (maxWidth == null || unscaled.isEmpty()) {
      return unscaled;
    }
    int sum = unscaled.stream().mapToInt(Integer::intValue).sum();
    double scale = maxWidth / (double) sum;
    List<Integer> scaled = new ArrayList<>();
    // Python's round() rounds halves to even, as Math.rint does
    unscaled.forEach(w -> scaled.add((int) Math.rint(scale * w)));
    int offBy = scaled.stream().mapToInt(Integer::intValue).sum() - maxWidth;
    while (offBy != 0) {
      int n = scaled.size();
      for (int k = 0; k < n; k++) {
        int i = offBy < 0 ? n - 1 - k : k;
        if (offBy > 0) {
          scaled.set(i, scaled.get(i) - 1);
          offBy--;
        } else {
          scaled.set(i, scaled.get(i) + 1);
          offBy++;
        }
        if (offBy == 0) {
          break;
        }
      }
    }
    return scaled;
  }

  int totalWidth(int padding, boolean withBorder, int outerPadding) {
    int total = 0;
    for (int w : columnWidths(0, null)) {
      total += w + padding;
    }
    if (withBorder) {
      total += 2;
    }
    total += 2 * outerPadding;
    String shown = title == null ? "None" : title;
    return Math.max(DisplayWidth.of(shown) + 2 + 2 * outerPadding, total);
  }
}
