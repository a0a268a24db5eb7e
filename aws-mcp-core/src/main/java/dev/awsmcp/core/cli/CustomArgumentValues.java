package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.MemberTraits;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeTable;
import dev.awsmcp.core.model.ShapeType;
import java.util.List;

/**
 * The values of a customization's own string arguments as the CLI reads them: only its
 * {@code load-cli-arg} step applies ({@code file://} is the file's text), no shorthand or type
 * conversion. A list argument ({@code nargs='+'} or {@code '*'}) given one word loads that word,
 * and then, as in the CLI, holds the file's text instead of a list. Stateless.
 */
final class CustomArgumentValues {
  private static final Member STRING;

  static {
    ShapeTable shapes = new ShapeTable();
    shapes.put(Shape.builder("String", ShapeType.STRING).build());
    shapes.seal();
    STRING = new Member("CustomArgument", "String", shapes, MemberTraits.builder().build());
  }

  private CustomArgumentValues() {}

  /** One word, with {@code file://} loaded: a text node, or the error. */
  static ValueResult text(ArgumentValueParser values, String argName, String word) {
    return values.parse(argName, STRING, List.of(word));
  }

  /** The words of a list argument: a list of text nodes, or one loaded file's text. */
  static ValueResult texts(ArgumentValueParser values, String argName, List<String> words) {
    if (words.size() == 1 && ParamFileLoader.isParamFile(words.get(0))) {
      return text(values, argName, words.get(0));
    }
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    words.forEach(list::add);
    return ValueResult.of(list);
  }

  /** Python's truth value of a parsed value ({@code if value:}). */
  static boolean truthy(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return false;
    }
    if (value.isContainerNode()) {
      return value.size() > 0;
    }
    if (value.isTextual()) {
      return !value.textValue().isEmpty();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.decimalValue().signum() != 0;
    }
    return true;
  }
}
