package dev.awsmcp.core.suggest;

import dev.awsmcp.core.model.Shape;
import java.util.Locale;
import java.util.Optional;

/**
 * A parameter's type in words an agent can act on: botocore's type names, {@code list<T>} for
 * lists, {@code string} for an argument a CLI customization adds (they take words).
 */
final class ParameterType {
  private ParameterType() {}

  static String of(Optional<Shape> shape) {
    return shape.map(ParameterType::of).orElse("string");
  }

  private static String of(Shape shape) {
    switch (shape.type()) {
      case LIST:
        return shape.listMember() == null ? "list" : "list<" + of(shape.listMember().target()) + ">";
      case BIG_INTEGER:
        return "integer";
      case BIG_DECIMAL:
        return "double";
      default:
        return shape.type().name().toLowerCase(Locale.ROOT);
    }
  }
}
