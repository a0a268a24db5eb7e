package dev.awsmcp.core.docs;

import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A shape in a few words for a reference page: its type ({@code list of string}, {@code map of
 * string to integer}, {@code structure}) and its constraints (length or value range, pattern,
 * allowed values). Stateless.
 */
final class ShapeSummary {
  private static final int MAX_ENUM_VALUES = 30;

  private ShapeSummary() {}

  static String type(Shape shape) {
    switch (shape.type()) {
      case LIST:
        return "list of " + type(shape.listMember().target());
      case MAP:
        return "map of " + type(shape.mapKey().target()) + " to " + type(shape.mapValue().target());
      case STRUCTURE:
        return shape.isDocument() ? "document" : "structure";
      default:
        return shape.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /** The constraints, or an empty list when there are none. */
  static List<String> constraints(Shape shape) {
    List<String> out = new ArrayList<>();
    String measure = shape.type() == ShapeType.STRING || shape.type() == ShapeType.BLOB ? "length"
        : shape.type() == ShapeType.LIST || shape.type() == ShapeType.MAP ? "items" : "value";
    if (shape.min().isPresent() || shape.max().isPresent()) {
      out.add(measure + " " + shape.min().map(ShapeSummary::number).orElse("") + ".."
          + shape.max().map(ShapeSummary::number).orElse(""));
    }
    shape.pattern().ifPresent(p -> out.add("pattern `" + p + "`"));
    if (!shape.enumValues().isEmpty()) {
      List<String> values = shape.enumValues();
      String shown = values.stream().limit(MAX_ENUM_VALUES).map(v -> "`" + v + "`").collect(Collectors.joining(", "));
      out.add("one of " + shown + (values.size() > MAX_ENUM_VALUES ? ", ... (" + values.size() + " values)" : ""));
    }
    return out;
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
