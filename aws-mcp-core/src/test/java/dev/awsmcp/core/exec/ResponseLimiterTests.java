package dev.awsmcp.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.exec.Truncation;
import dev.awsmcp.core.model.Paginator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseLimiterTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void sizeIsTheCompactJsonLength() throws Exception {
    JsonNode doc = JSON.readTree("{\"a\":[1,2.5,true,null,\"x\\n\\u0001\\\"\"],\"é\":{\"b\":{}},\"c\":[]}");
    assertEquals(doc.toString().length(), CompactJsonSize.of(doc));
  }

  @Test
  void anAnswerWithinTheCapIsReturnedAsIs() throws Exception {
    JsonNode doc = JSON.readTree("{\"Users\": [{\"UserName\": \"a\"}]}");
    ResponseLimiter.Limited limited = ResponseLimiter.limit(doc);
    assertSame(doc, limited.response());
    assertTrue(limited.truncation().isEmpty());
    assertTrue(limited.continuationToken().isEmpty());
    assertEquals(100_000, ResponseLimiter.DEFAULT_MAX_CHARS);
  }

  @Test
  void theLongestListLosesItemsFromTheEnd() {
    ObjectNode doc = NODES.objectNode();
    ArrayNode users = doc.putArray("Users");
    for (int i = 0; i < 100; i++) {
      users.addObject().put("UserName", "user-" + i);
    }
    doc.putArray("Groups").addObject().put("GroupName", "g");
    ResponseLimiter.Limited limited = ResponseLimiter.limit(doc, 500, Optional.empty());
    JsonNode out = limited.response();
    assertTrue(CompactJsonSize.of(out) <= 500);
    assertEquals("user-0", out.get("Users").get(0).get("UserName").asText());
    int kept = out.get("Users").size();
    assertTrue(kept > 5 && kept < 100, "kept " + kept);
    // the longest prefix that fits: one more item would not
    ObjectNode oneMore = (ObjectNode) out.deepCopy();
    ((ArrayNode) oneMore.get("Users")).add(users.get(kept));
    assertTrue(CompactJsonSize.of(oneMore) > 500);
    assertEquals(1, out.get("Groups").size());
    assertEquals(100, users.size(), "the input is not changed");
    Truncation t = limited.truncation().orElseThrow();
    assertEquals(doc.toString().length(), t.originalChars());
    assertEquals(out.toString().length(), t.returnedChars());
    assertTrue(t.hint().contains("--query") && t.hint().contains("--max-items"), t.hint());
  }

  @Test
  void theInputIsNotChanged() throws Exception {
    JsonNode doc = JSON.readTree("{\"L\": [\"" + "a".repeat(100) + "\", \"" + "b".repeat(100) + "\"]}");
    String before = doc.toString();
    ResponseLimiter.limit(doc, 50, Optional.empty());
    assertEquals(before, doc.toString());
  }

  @Test
  void aPaginatedListContinuesRightAfterTheLastItemKept() throws Exception {
    Paginator paginator = new Paginator(List.of("NextToken"), List.of("NextToken"), Optional.of("MaxResults"),
        Optional.empty(), List.of("Reservations"), List.of());
    PageMerger merger = PageMerger.start(paginator, Optional.empty(), OptionalInt.empty());
    for (int page = 0; page < 3; page++) {
      ObjectNode p = NODES.objectNode();
      ArrayNode r = p.putArray("Reservations");
      for (int i = 0; i < 10; i++) {
        r.addObject().put("ReservationId", "r-" + page + "-" + i).put("Padding", "x".repeat(40));
      }
      if (page < 2) {
        p.put("NextToken", "tok-" + (page + 1));
      }
      merger.applyTokens(NODES.objectNode());
      merger.accept(p);
    }
    ObjectNode result = merger.result();
    ResponseLimiter.Limited limited = ResponseLimiter.limit(result, 1500, merger.continuation());
    JsonNode out = limited.response();
    assertTrue(CompactJsonSize.of(out) <= 1500);
    int kept = out.get("Reservations").size();
    assertTrue(kept > 1 && kept < 30);
    String token = out.get("NextToken").asText();
    // resuming with that token yields exactly the items not shown
    PaginationToken decoded = PaginationToken.decode(token, List.of("NextToken"));
    int page = kept / 10;
    assertEquals(page == 0 ? NODES.nullNode() : NODES.textNode("tok-" + page), decoded.inputTokens().get("NextToken"));
    assertEquals(kept % 10, decoded.truncateAmount());
    assertEquals(merger.continuation().orElseThrow().tokenAfter().apply(kept).orElseThrow(), token);
    assertEquals(Optional.of(token), limited.continuationToken());
    Truncation t = limited.truncation().orElseThrow();
    assertTrue(t.hint().contains("--starting-token " + token), t.hint());
    assertTrue(t.hint().contains("first " + kept + " of 30"), t.hint());
  }

  @Test
  void aTokenSetByTheExecutorStaysWhenEveryItemIsKept() throws Exception {
    // the executor stops after its page limit and puts the next page's token in the answer
    Paginator paginator = new Paginator(List.of("NextToken"), List.of("NextToken"), Optional.empty(),
        Optional.empty(), List.of("Items"), List.of());
    PageMerger merger = PageMerger.start(paginator, Optional.empty(), OptionalInt.empty());
    merger.applyTokens(NODES.objectNode());
    merger.accept((ObjectNode) JSON.readTree("{\"Items\": [\"a\", \"b\"], \"NextToken\": \"n\"}"));
    ObjectNode answer = merger.result();
    ArrayNode other = answer.putArray("Other");
    for (int i = 0; i < 50; i++) {
      other.add("other-" + i);
    }
    answer.put("NextToken", "executor-token");
    ResponseLimiter.Limited limited = ResponseLimiter.limit(answer, 200, merger.continuation());
    // the largest list was another one: the items and the executor's token are untouched
    assertEquals("executor-token", limited.response().get("NextToken").asText());
    assertEquals(2, limited.response().get("Items").size());
    assertTrue(limited.response().get("Other").size() < 50);
    assertTrue(limited.continuationToken().isEmpty());
    assertTrue(CompactJsonSize.of(limited.response()) <= 200);
  }

  @Test
  void longStringsAreShortenedWhenNoListCanShrink() throws Exception {
    ObjectNode doc = NODES.objectNode();
    doc.put("PolicyDocument", "p".repeat(5000));
    doc.put("Description", "d".repeat(3000));
    doc.put("Name", "short");
    ResponseLimiter.Limited limited = ResponseLimiter.limit(doc, 1000, Optional.empty());
    JsonNode out = limited.response();
    assertTrue(CompactJsonSize.of(out) <= 1000, out.toString());
    assertEquals("short", out.get("Name").asText());
    assertTrue(out.get("PolicyDocument").asText().startsWith("ppp"));
    assertTrue(out.get("PolicyDocument").asText().endsWith(" chars]"));
    assertTrue(limited.truncation().orElseThrow().hint().contains("2 long string(s)"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 10, 40, 100, 333, 1000, 5000})
  void neverExceedsTheCapUnlessNothingFits(int cap) {
    Random random = new Random(cap);
    for (int round = 0; round < 40; round++) {
      JsonNode doc = randomValue(random, 0);
      JsonNode out = ResponseLimiter.limit(doc, cap, Optional.empty()).response();
      long size = CompactJsonSize.of(out);
      if (size > cap) {
        // only the smallest shapes may exceed a tiny cap
        assertTrue(out.isContainerNode() ? out.isEmpty() : !out.isTextual() || out.asText().isEmpty(),
            "cap " + cap + ": " + out);
      }
      assertEquals(out, JSON.valueToTree(out), "valid JSON");
      if (CompactJsonSize.of(doc) <= cap) {
        assertSame(doc, out);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {30, 120, 400, 1500, 6000})
  void aCutPaginatedAnswerAlwaysCarriesTheTokenAfterItsLastItem(int cap) {
    Random random = new Random(cap * 31L);
    Paginator paginator = new Paginator(List.of("NextToken"), List.of("NextToken"), Optional.empty(),
        Optional.empty(), List.of("Items"), List.of("Meta"));
    for (int round = 0; round < 30; round++) {
      PageMerger merger = PageMerger.start(paginator, Optional.empty(), OptionalInt.empty());
      int pages = 1 + random.nextInt(4);
      for (int p = 0; p < pages; p++) {
        ObjectNode page = NODES.objectNode();
        ArrayNode items = page.putArray("Items");
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
          items.add(randomValue(random, 2));
        }
        page.set("Meta", randomValue(random, 3));
        if (p < pages - 1) {
          page.put("NextToken", "tok-" + (p + 1));
        }
        merger.applyTokens(NODES.objectNode());
        merger.accept(page);
      }
      ObjectNode answer = merger.result();
      ResponseLimiter.Limited limited = ResponseLimiter.limit(answer, cap, merger.continuation());
      JsonNode out = limited.response();
      assertTrue(CompactJsonSize.of(out) <= cap, "cap " + cap + ": " + out);
      limited.continuationToken().ifPresent(token -> {
        int kept = out.path("Items").size();
        assertEquals(merger.continuation().orElseThrow().tokenAfter().apply(kept).orElseThrow(), token);
        if (out.has("NextToken")) {
          assertEquals(token, out.get("NextToken").asText());
        }
      });
    }
  }

  @Test
  void theSmallestShapeKeepsTheContinuationTokenWhenItFits() throws Exception {
    JsonNode doc = JSON.readTree("{\"Items\": [\"" + "a".repeat(50) + "\"], \"NextToken\": \"abc\"}");
    JsonNode out = ResponseLimiter.limit(doc, 20, Optional.empty()).response();
    assertEquals("{\"NextToken\":\"abc\"}", out.toString());
    JsonNode tiny = ResponseLimiter.limit(doc, 3, Optional.empty()).response();
    assertEquals("{}", tiny.toString());
    ResponseLimiter.Limited over = ResponseLimiter.limit(doc, 1, Optional.empty());
    assertEquals("{}", over.response().toString());
    assertTrue(over.truncation().orElseThrow().hint().contains("below the smallest answer"));
  }

  @Test
  void scalarsOtherThanStringsAreKept() {
    JsonNode n = NODES.numberNode(123456789L);
    assertEquals(n, ResponseLimiter.limit(n, 3, Optional.empty()).response());
    assertEquals("\"\"", ResponseLimiter.limit(NODES.textNode("x".repeat(30)), 2, Optional.empty()).response().toString());
  }

  private static JsonNode randomValue(Random random, int depth) {
    int kind = depth > 4 ? random.nextInt(4) : random.nextInt(7);
    switch (kind) {
      case 0: return NODES.textNode("s".repeat(random.nextInt(200)) + "\n\"é😀");
      case 1: return NODES.numberNode(random.nextInt());
      case 2: return NODES.booleanNode(random.nextBoolean());
      case 3: return NODES.nullNode();
      case 4: case 5: {
        ObjectNode o = NODES.objectNode();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
          o.set("k" + i, randomValue(random, depth + 1));
        }
        if (random.nextInt(4) == 0) {
          o.put("NextToken", "t".repeat(random.nextInt(30)));
        }
        return o;
      }
      default: {
        ArrayNode a = NODES.arrayNode();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
          a.add(randomValue(random, depth + 1));
        }
        return a;
      }
    }
  }
}
