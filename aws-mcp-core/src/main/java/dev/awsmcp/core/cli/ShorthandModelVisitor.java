package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CLI's {@code BackCompatVisitor}: after the model-free shorthand parse, values are fitted to
 * the argument's shape, in place.
 *
 * <ul>
 *   <li>integer and long members become {@code int(value)}, float and double {@code float(value)};
 *       a list or object there is an error, with Python's message;
 *   <li>booleans become true or false only for {@code true}/{@code false} in any case; other text
 *       stays text (for the validator to report);
 *   <li>a single value where a list is expected becomes a one-element list — without converting
 *       that element ({@code Weights=5} for a list of integers is {@code ["5"]}, as in the CLI);
 *   <li>strings, blobs, timestamps and keys the shape does not define stay as given;
 *   <li>a document member is an error: shorthand has no types, so documents take JSON.
 * </ul>
 *
 * Stateless. Recursion follows the value, whose depth the shorthand parser bounds.
 */
final class ShorthandModelVisitor {
  private ShorthandModelVisitor() {}

  /**
   * Fits a parsed shorthand value (or list of values) to the shape. A replacement of the value
   * itself (a lone value for a list argument) is dropped, as the CLI drops it.
   */
  static void visit(JsonNode value, Shape shape) throws ArgumentValueException {
    try {
      visit(value, shape, ArgumentValuePath.ROOT);
    } catch (DocumentFound e) {
      throw documentError(e.path.toString());
    }
  }

  private static JsonNode visit(JsonNode value, Shape shape, ArgumentValuePath path)
      throws ArgumentValueException, DocumentFound {
    switch (shape.type()) {
      case STRUCTURE:
        visitStructure(value, shape, path);
        return value;
      case LIST:
        return visitList(value, shape, path);
      case MAP:
        if (value instanceof ObjectNode) {
          ObjectNode map = (ObjectNode) value;
          for (String key : names(map)) {
            replace(map, key, visit(map.get(key), shape.mapValue().target(), path.key(key)));
          }
        }
        return value;
      default:
        return visitScalar(value, shape, path);
    }
  }

  private static void visitStructure(JsonNode value, Shape shape, ArgumentValuePath path)
      throws ArgumentValueException, DocumentFound {
    if (value != null && shape.isDocument()) {
      throw new DocumentFound(path);
    }
    if (!(value instanceof ObjectNode)) {
      return;
    }
    ObjectNode object = (ObjectNode) value;
    for (Member member : shape.members().values()) {
      JsonNode child = object.get(member.name());
      try {
        replace(object, member.name(), visit(child, member.target(), path.key(member.name())));
      } catch (DocumentFound e) {
        throw documentError(member.name());
      }
    }
  }

  private static JsonNode visitList(JsonNode value, Shape shape, ArgumentValuePath path)
      throws ArgumentValueException, DocumentFound {
    if (value == null) {
      return null;
    }
    if (!(value instanceof ArrayNode)) {
      return JsonNodeFactory.instance.arrayNode().add(value); // "foo=bar" for a list: ["bar"]
    }
    ArrayNode list = (ArrayNode) value;
    for (int i = 0; i < list.size(); i++) {
      JsonNode element = list.get(i);
      JsonNode replaced = visit(element, shape.listMember().target(), path.index(i));
      if (replaced != element) {
        list.set(i, replaced);
      }
    }
    return value;
  }

  private static JsonNode visitScalar(JsonNode value, Shape shape, ArgumentValuePath path)
      throws ArgumentValueException {
    if (value == null) {
      return null;
    }
    switch (shape.type()) {
      case INTEGER:
      case LONG:
        return ScalarValueParser.parseInt(text(value, "int() argument must be a string, a bytes-like object or a real number", path));
      case FLOAT:
      case DOUBLE:
        return ScalarValueParser.parseFloatNode(text(value, "float() argument must be a string or a real number", path));
      case BOOLEAN:
        if (value.isArray() || value.isObject()) {
          throw new ArgumentValueException(ErrorCode.INVALID_TYPE,
              "'" + pythonType(value) + "' object has no attribute 'lower'" + path.suffix());
        }
        if (value.isTextual()) {
          String lower = value.textValue().toLowerCase(Locale.ROOT);
          if (lower.equals("true")) {
            return BooleanNode.TRUE;
          }
          if (lower.equals("false")) {
            return BooleanNode.FALSE;
          }
        }
        return value;
      default:
        return value;
    }
  }

  private static String text(JsonNode value, String typeError, ArgumentValuePath path) throws ArgumentValueException {
    if (value.isBinary()) {
      return new String(((BinaryNode) value).binaryValue(), StandardCharsets.ISO_8859_1);
    }
    if (!value.isTextual()) {
      throw new ArgumentValueException(ErrorCode.INVALID_TYPE,
          typeError + ", not '" + pythonType(value) + "'" + path.suffix());
    }
    return value.textValue();
  }

  private static String pythonType(JsonNode value) {
    return value.isArray() ? "list" : value.isObject() ? "dict" : "str";
  }

  private static void replace(ObjectNode object, String key, JsonNode replaced) {
    if (replaced != null && replaced != object.get(key)) {
      object.set(key, replaced);
    }
  }

  private static List<String> names(ObjectNode object) {
    List<String> names = new ArrayList<>(object.size());
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static ArgumentValueException documentError(String memberName) {
    return new ArgumentValueException(ErrorCode.INVALID_SHORTHAND,
        "Shorthand syntax does not support document types. Use JSON input for top-level argument "
            + "to specify nested parameter: " + memberName);
  }

  /** A document met below a structure member; reported with that member's name. */
  private static final class DocumentFound extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ArgumentValuePath path;

    DocumentFound(ArgumentValuePath path) {
      super(null, null, false, false);
      this.path = path;
    }
  }
}
