package dev.awsmcp.core.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Reads Smithy JSON with Jackson's streaming parser and builds the tree by hand, leaving out the
 * bulky traits nothing here reads. Creating an
 * {@code ObjectMapper} costs 200-300 ms in a fresh JVM (it loads most of jackson-databind), about
 * as much as parsing DynamoDB's model; listing and loading Smithy models need neither its
 * data binding nor its configuration, so they avoid it.
 */
final class SmithyJson {
  // Models are large and trusted: the same factory as Json, with the string length cap lifted.
  static final JsonFactory FACTORY = Json.FACTORY;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // Traits no reader uses: endpoint test cases (630 KB of DynamoDB's 1.5 MB), the BDD form of the
  // rule set (the rule set itself is kept), smoke tests and request examples. Skipping them
  // saves building a third of the tree.
  private static final Set<String> UNUSED_TRAITS = Set.of(
      "smithy.rules#endpointTests", "smithy.rules#endpointBdd", "smithy.test#smokeTests",
      "smithy.api#examples");

  private SmithyJson() {}

  static JsonParser parser(InputStream in) throws IOException {
    return FACTORY.createParser(in);
  }

  static JsonNode read(InputStream in) throws IOException {
    try (JsonParser p = parser(in)) {
      if (p.nextToken() == null) {
        throw new IOException("empty document");
      }
      return tree(p);
    }
  }

  /** The value at the parser's current token, which leaves the parser at the value's last token. */
  static JsonNode tree(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (UNUSED_TRAITS.contains(name)) {
            p.skipChildren();
          } else {
            object.set(name, tree(p));
          }
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(tree(p));
        }
        return array;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT: return NODES.numberNode(p.getIntValue());
          case LONG: return NODES.numberNode(p.getLongValue());
          default: return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IOException("unexpected JSON token " + p.currentToken());
    }
  }
}
