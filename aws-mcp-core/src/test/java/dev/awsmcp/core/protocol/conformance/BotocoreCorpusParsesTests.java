package dev.awsmcp.core.protocol.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.model.BotocoreModels;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ProtocolCodecs;
import dev.awsmcp.core.protocol.WireResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every JSON-family service of the installed botocore, three operations each with a response in
 * which every output member is present, read by our codecs into exactly what botocore's parsers
 * read (as the AWS CLI prints it; golden data from
 * {@code tools/protocol/botocore_corpus_responses.py}). Skipped when botocore is absent.
 */
class BotocoreCorpusParsesTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everySampledResponseReadsAsBotocoreReadsIt() throws IOException {
    return cases().stream().map(golden -> DynamicTest.dynamicTest(
        golden.get("service").asText() + " " + golden.get("operation").asText(), () -> check(golden)));
  }

  private static void check(JsonNode golden) {
    ServiceModel service = BotocoreModels.load(golden.get("service").asText());
    Operation op = service.operation(golden.get("operation").asText()).orElseThrow();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    golden.get("headers").properties().forEach(e -> headers.put(e.getKey(), List.of(e.getValue().asText())));
    WireResponse response = new WireResponse(golden.get("status").asInt(), headers,
        Base64.getDecoder().decode(golden.get("body").asText()));
    JsonNode actual = ProtocolCodecs.forService(service).parseOutput(service, op, response);
    assertEquals(Optional.empty(), JsonEquivalence.difference(golden.get("expected"), actual));
  }

  private static List<JsonNode> cases() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        BotocoreCorpusParsesTests.class.getClassLoader()
            .getResourceAsStream("protocol-tests/botocore-corpus-responses.jsonl.gz")), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }
}
