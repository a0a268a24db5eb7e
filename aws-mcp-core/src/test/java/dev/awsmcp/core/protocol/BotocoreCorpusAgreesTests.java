package dev.awsmcp.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every JSON-family service of the installed botocore, three operations each with every input
 * member filled, laid out by our codecs exactly as botocore's serializers lay them out (golden
 * data from {@code tools/protocol/botocore_corpus_requests.py}). Skipped when botocore is absent.
 */
class BotocoreCorpusAgreesTests {

  @TestFactory
  Stream<DynamicTest> everySampledOperationMatchesBotocore() throws IOException {
    return BotocoreRequestComparison.read("protocol-tests/botocore-corpus-requests.jsonl.gz").stream()
        .map(golden -> DynamicTest.dynamicTest(name(golden),
            () -> assertEquals(List.of(), BotocoreRequestComparison.differences(golden))));
  }

  private static String name(JsonNode golden) {
    return golden.get("service").asText() + " " + golden.get("operation").asText();
  }
}
