package dev.awsmcp.core.protocol.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.model.BotocoreModels;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.ProtocolCodecs;
import dev.awsmcp.core.protocol.WireResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON-family codecs read real responses of the installed botocore models into what the AWS
 * CLI prints (golden data from {@code tools/protocol/botocore_responses.py}): the same output,
 * or the same error code and message.
 */
class BotocoreParsersAgreeTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<JsonNode> cases() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        BotocoreParsersAgreeTests.class.getClassLoader().getResourceAsStream("protocol-tests/botocore-responses.jsonl"),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(JSON.readTree(line));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void responsesReadAsBotocoreReadsThem(JsonNode golden) {
    ServiceModel service = BotocoreModels.load(golden.get("service").asText());
    Operation op = service.operation(golden.get("operation").asText()).orElseThrow();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    golden.get("headers").properties().forEach(e -> headers.put(e.getKey(), List.of(e.getValue().asText())));
    WireResponse response = new WireResponse(golden.get("status").asInt(), headers,
        golden.get("body").asText().getBytes(StandardCharsets.UTF_8));
    ProtocolCodec codec = ProtocolCodecs.forService(service);
    JsonNode expected = golden.get("expected");
    if (expected.has("error")) {
      ParsedError error = codec.parseError(service, op, response);
      assertEquals(expected.get("error").get("Code").asText(), error.code());
      assertEquals(expected.get("error").get("Message").asText(), error.message());
    } else {
      Optional<String> d = JsonEquivalence.difference(expected.get("output"), codec.parseOutput(service, op, response));
      assertEquals(Optional.empty(), d);
    }
  }
}
