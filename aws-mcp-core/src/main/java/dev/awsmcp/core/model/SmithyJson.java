package dev.awsmcp.core.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
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

  /** The value at the parser's current token, without the traits nothing reads. */
  static JsonNode tree(JsonParser p) throws IOException {
    return Json.tree(p, UNUSED_TRAITS);
  }
}
