package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming botocore reader must build exactly the model the tree reader it replaced built
 * ({@link TreeBotocoreModelReader}, kept here as the reference): same metadata, operations, shapes,
 * members and traits, paginators and client context parameters, the same documentation strings,
 * and the same rule set and waiter trees as {@code ObjectMapper.readTree}.
 */
class BotocoreStreamingReaderTests {

  @ParameterizedTest
  @ValueSource(strings = {"ec2", "s3", "dynamodb", "lambda", "apigateway", "sts", "s3control", "sqs", "rds",
      "secretsmanager"})
  void streamingReadMatchesTheTreeRead(String service) throws IOException {
    BotocoreModelSource source = BotocoreData.sourceOrSkip();
    Path dir = source.serviceDir(service).orElseThrow();
    ServiceModel tree = TreeBotocoreModelReader.load(service, dir);
    List<String> expected = ModelDump.model(tree);
    List<String> expectedDocs = ModelDump.documentation(tree);

    ServiceModel loaded = source.load(service);
    assertSame(service + " via BotocoreModelSource", expected, ModelDump.model(loaded));
    assertSame(service + " documentation via BotocoreModelSource", expectedDocs, ModelDump.documentation(loaded));

    // The same from compact JSON: nothing may depend on botocore's layout.
    JsonNode doc = TreeBotocoreModelReader.readTree(TreeBotocoreModelReader.find(dir, "service-2.json").orElseThrow());
    ObjectNode extras = TreeBotocoreModelReader.find(dir, "service-2.sdk-extras.json").map(SdkExtras::read).orElse(null);
    byte[] compact = TreeBotocoreModelReader.MAPPER.writeValueAsBytes(doc);
    byte[] paginators = TreeBotocoreModelReader.find(dir, "paginators-1.json").isPresent()
        ? Json.bytes(TreeBotocoreModelReader.find(dir, "paginators-1.json").get()) : null;
    Optional<ObjectNode> paginatorExtras = TreeBotocoreModelReader.find(dir, "paginators-1.sdk-extras.json").map(SdkExtras::read);
    if (paginators != null && paginatorExtras.isPresent() && paginatorExtras.get() != null) {
      paginators = TreeBotocoreModelReader.MAPPER.writeValueAsBytes(
          SdkExtras.merge(TreeBotocoreModelReader.MAPPER.readTree(paginators), paginatorExtras.get()));
    }
    ServiceModel m = BotocoreModelReader.read(service, compact, extras, paginators,
        () -> read(compact, extras), Optional::empty, Optional::empty, "test");
    assertSame(service + " from compact JSON", expected, ModelDump.model(m));
    assertSame(service + " documentation from compact JSON", expectedDocs, ModelDump.documentation(m));

    // Fields in the opposite order everywhere (type after members, shape after traits, ...).
    JsonNode reversed = reversed(doc);
    byte[] backwards = TreeBotocoreModelReader.MAPPER.writeValueAsBytes(reversed);
    ServiceModel r = BotocoreModelReader.read(service, backwards, extras, paginators,
        () -> read(backwards, extras), Optional::empty, Optional::empty, "test");
    ServiceModel treeOfReversed = TreeBotocoreModelReader.read(service, TreeBotocoreModelReader.withExtras(reversed, dir),
        paginators == null ? null : TreeBotocoreModelReader.MAPPER.readTree(paginators), Optional::empty, Optional::empty, "test");
    assertSame(service + " with fields reversed", ModelDump.model(treeOfReversed), ModelDump.model(r));
    assertSame(service + " documentation with fields reversed",
        ModelDump.documentation(treeOfReversed), ModelDump.documentation(r));

    assertEquals(tree.endpointRuleSet(), loaded.endpointRuleSet(), service + " endpoint rule set");
    assertEquals(tree.waiters(), loaded.waiters(), service + " waiters");
    assertTrue(loaded.documentation().size() > 0, service + " has documentation");
  }

  @Test
  void everyServiceMatchesTheTreeRead() {
    BotocoreModelSource source = BotocoreData.sourceOrSkip();
    List<String> failures = new ArrayList<>();
    for (String service : source.serviceNames()) {
      Path dir = source.serviceDir(service).orElseThrow();
      ServiceModel tree = TreeBotocoreModelReader.load(service, dir);
      ServiceModel loaded = source.load(service);
      String diff = firstDifference(ModelDump.model(tree), ModelDump.model(loaded));
      if (diff == null) {
        diff = firstDifference(ModelDump.documentation(tree), ModelDump.documentation(loaded));
      }
      if (diff == null && !tree.waiters().equals(loaded.waiters())) {
        diff = "waiters differ";
      }
      if (diff == null && !tree.endpointRuleSet().equals(loaded.endpointRuleSet())) {
        diff = "endpoint rule sets differ";
      }
      if (diff != null) {
        failures.add(service + ": " + diff);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(source.serviceNames().size() > 300, "botocore has hundreds of services");
  }

  private static ModelDocumentation read(byte[] json, ObjectNode extras) {
    try {
      return BotocoreModelReader.readDocumentation(json, extras);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      ObjectNode out = TreeBotocoreModelReader.MAPPER.createObjectNode();
      for (int i = names.size() - 1; i >= 0; i--) {
        out.set(names.get(i), reversed(node.get(names.get(i))));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = TreeBotocoreModelReader.MAPPER.createArrayNode();
      node.forEach(e -> out.add(reversed(e)));
      return out;
    }
    return node;
  }

  private static void assertSame(String what, List<String> expected, List<String> actual) {
    String diff = firstDifference(expected, actual);
    if (diff != null) {
      fail(what + ": " + diff);
    }
  }

  private static String firstDifference(List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        return "line " + i + "\n  expected: " + expected.get(i) + "\n  actual:   " + actual.get(i);
      }
    }
    if (expected.size() != actual.size()) {
      return "expected " + expected.size() + " lines, got " + actual.size()
          + (expected.size() > actual.size() ? "; first missing: " + expected.get(actual.size())
              : "; first extra: " + actual.get(expected.size()));
    }
    return null;
  }
}
