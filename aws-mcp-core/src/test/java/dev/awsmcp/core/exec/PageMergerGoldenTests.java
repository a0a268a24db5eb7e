package dev.awsmcp.core.exec;

import dev.awsmcp.core.text.PythonJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Paginator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays what botocore's own PageIterator did (tools/output/pagination_golden.py): the same fake
 * service, the same paginator configs; the requests, merged answer, resume token and text-format
 * documents must match byte for byte.
 */
class PageMergerGoldenTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Named<JsonNode>> cases() throws IOException {
    List<Named<JsonNode>> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        PageMergerGoldenTests.class.getResourceAsStream("/golden/output/pagination.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode c = JSON.readTree(line);
        out.add(Named.of(c.get("name").asText(), c));
      }
    }
    assertTrue(out.size() >= 90, "golden cases: " + out.size());
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void mergesPagesAsBotocore(JsonNode c) {
    Paginator paginator = paginator(c.get("paginator"));
    Optional<String> starting = c.get("startingToken").isNull() ? Optional.empty()
        : Optional.of(c.get("startingToken").asText());
    OptionalInt max = c.get("maxItems").isNull() ? OptionalInt.empty() : OptionalInt.of(c.get("maxItems").asInt());
    List<JsonNode> requests = new ArrayList<>();
    String error = c.path("error").asText(null);
    if ("bad-token".equals(error)) {
      assertThrows(InvalidPaginationTokenException.class, () -> PageMerger.start(paginator, starting, max));
      return;
    }
    PageMerger merger = PageMerger.start(paginator, starting, max);
    Runnable run = () -> {
      boolean more = true;
      while (more) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        merger.applyTokens(request);
        requests.add(request);
        more = merger.accept(answer(c.get("pages"), paginator.inputTokens(), request));
      }
    };
    if ("repeated-token".equals(error)) {
      assertThrows(RepeatedPaginationTokenException.class, run::run);
      assertEquals(c.get("requests"), JSON.valueToTree(requests));
      return;
    }
    run.run();
    assertEquals(c.get("requests"), JSON.valueToTree(requests));
    assertEquals(c.get("result").asText(), PythonJson.indented(merger.result()));
    assertEquals(c.get("nextToken").isNull() ? Optional.empty() : Optional.of(c.get("nextToken").asText()),
        merger.nextToken());
    List<String> docs = new ArrayList<>();
    merger.textDocuments().forEach(d -> docs.add(PythonJson.indented(d)));
    List<String> expectedDocs = new ArrayList<>();
    c.get("textDocuments").forEach(d -> expectedDocs.add(d.asText()));
    assertEquals(expectedDocs, docs);
    assertEquals(c.get("text").asText(), OutputRenderer.textPages(merger.textDocuments()));
  }

  /**
   * A merged answer knows where its items continue: after the first n items it hands out the
   * token botocore hands out with --max-items n.
   */
  @ParameterizedTest
  @MethodSource("cases")
  void continuesAfterAnyItemAsMaxItemsWould(JsonNode c) {
    if (c.get("maxItems").isNull() || c.has("error")) {
      return;
    }
    Paginator paginator = paginator(c.get("paginator"));
    Optional<String> starting = c.get("startingToken").isNull() ? Optional.empty()
        : Optional.of(c.get("startingToken").asText());
    PageMerger all = PageMerger.start(paginator, starting, OptionalInt.empty());
    boolean more = true;
    while (more) {
      ObjectNode request = JsonNodeFactory.instance.objectNode();
      all.applyTokens(request);
      more = all.accept(answer(c.get("pages"), paginator.inputTokens(), request));
    }
    Optional<String> expected = c.get("nextToken").isNull() ? Optional.empty() : Optional.of(c.get("nextToken").asText());
    assertEquals(expected, all.continuation().orElseThrow().tokenAfter().apply(c.get("maxItems").asInt()));
  }

  // The fake service: the page listed for the request's token values, else an empty last page.
  private static ObjectNode answer(JsonNode pages, List<String> inputTokens, ObjectNode request) {
    ArrayNode key = JsonNodeFactory.instance.arrayNode();
    inputTokens.forEach(t -> key.add(request.has(t) ? request.get(t) : JsonNodeFactory.instance.nullNode()));
    for (JsonNode entry : pages) {
      if (entry.get(0).equals(key)) {
        return (ObjectNode) entry.get(1).deepCopy();
      }
    }
    return JsonNodeFactory.instance.objectNode();
  }

  static Paginator paginator(JsonNode config) {
    return new Paginator(strings(config.get("input_token")), strings(config.get("output_token")),
        Optional.ofNullable(config.get("limit_key")).map(JsonNode::asText),
        Optional.ofNullable(config.get("more_results")).map(JsonNode::asText),
        strings(config.get("result_key")), strings(config.get("non_aggregate_keys")));
  }

  private static List<String> strings(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    } else {
      out.add(v.asText());
    }
    return out;
  }
}
