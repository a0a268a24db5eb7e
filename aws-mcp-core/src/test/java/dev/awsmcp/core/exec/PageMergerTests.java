package dev.awsmcp.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Paginator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PageMergerTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Paginator SCAN = new Paginator(List.of("ExclusiveStartKey"), List.of("LastEvaluatedKey"),
      Optional.of("Limit"), Optional.empty(), List.of("Items", "Count", "ScannedCount"), List.of("ConsumedCapacity"));

  @Test
  void blobValuesInTokensAreMarkedAsBotocoreMarksThem() throws Exception {
    PageMerger merger = PageMerger.start(SCAN, Optional.empty(), OptionalInt.of(1),
        (name, value) -> value.has("pk") ? List.of(List.of("pk", "B")) : List.of());
    merger.applyTokens(JsonNodeFactory.instance.objectNode());
    assertTrue(merger.accept(page("{\"Items\": [{\"pk\": {\"B\": \"AAE=\"}}], \"Count\": 1, \"ScannedCount\": 1,"
        + " \"LastEvaluatedKey\": {\"pk\": {\"B\": \"AAE=\"}}}")) == false);
    String token = merger.nextToken().orElseThrow();
    PaginationToken decoded = PaginationToken.decode(token, List.of("ExclusiveStartKey"));
    assertEquals(List.of(List.of("ExclusiveStartKey", "pk", "B")), decoded.blobPaths());
    assertEquals("AAE=", decoded.inputTokens().get("ExclusiveStartKey").get("pk").get("B").asText());
  }

  @Test
  void numbersAddUpAndNonAggregateKeysComeFromTheFirstPage() throws Exception {
    PageMerger merger = PageMerger.start(SCAN, Optional.empty(), OptionalInt.empty());
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    merger.applyTokens(request);
    assertEquals("{}", request.toString());
    assertTrue(merger.accept(page("{\"Items\": [1], \"Count\": 1, \"ScannedCount\": 4, \"ConsumedCapacity\": {\"U\": 1},"
        + " \"LastEvaluatedKey\": {\"k\": 1}}")));
    merger.applyTokens(request);
    assertEquals("{\"ExclusiveStartKey\":{\"k\":1}}", request.toString());
    assertFalse(merger.accept(page("{\"Items\": [2, 3], \"Count\": 2, \"ScannedCount\": 2.5, \"ConsumedCapacity\": {\"U\": 9}}")));
    assertEquals("{\"Items\":[1,2,3],\"Count\":3,\"ScannedCount\":6.5,\"ConsumedCapacity\":{\"U\":1}}",
        merger.result().toString());
    assertTrue(merger.isDone());
    assertThrows(IllegalStateException.class, () -> merger.accept(page("{}")));
  }

  @Test
  void theTokenTextNoneIsNotSent() throws Exception {
    PageMerger merger = PageMerger.start(SCAN, Optional.of("None"), OptionalInt.empty());
    ObjectNode request = (ObjectNode) JSON.readTree("{\"ExclusiveStartKey\": \"stale\"}");
    merger.applyTokens(request);
    assertEquals("{}", request.toString());
  }

  @Test
  void paginatorsWithoutResultKeysAreNotFollowed() {
    Paginator none = new Paginator(List.of("NextToken"), List.of("NextToken"), Optional.empty(), Optional.empty(),
        List.of(), List.of());
    assertFalse(PageMerger.supports(none));
    assertThrows(IllegalArgumentException.class, () -> PageMerger.start(none, Optional.empty(), OptionalInt.empty()));
  }

  @Test
  void aTokenForAnotherCommandIsRefusedBeforeAnyRequest() {
    String ec2Token = PaginationToken.of(java.util.Map.of("NextToken", JsonNodeFactory.instance.textNode("t")), 1,
        List.of()).encode();
    assertThrows(InvalidPaginationTokenException.class,
        () -> PageMerger.start(SCAN, Optional.of(ec2Token), OptionalInt.empty()));
  }

  private static ObjectNode page(String json) throws Exception {
    return (ObjectNode) JSON.readTree(json);
  }
}
