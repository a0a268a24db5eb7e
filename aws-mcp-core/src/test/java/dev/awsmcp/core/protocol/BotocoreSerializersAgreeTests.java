package dev.awsmcp.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON-family codecs lay out hand-picked real operations of the installed botocore models
 * (DynamoDB, Kinesis, SQS, Lambda, API Gateway, Glacier, IoT Data, Lex, ...) exactly as botocore's
 * own serializers do (golden data from {@code tools/protocol/botocore_requests.py}).
 */
class BotocoreSerializersAgreeTests {

  static Stream<JsonNode> cases() throws IOException {
    return BotocoreRequestComparison.read("protocol-tests/botocore-requests.jsonl").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void requestsMatchBotocore(JsonNode golden) {
    assertEquals(List.of(), BotocoreRequestComparison.differences(golden));
  }
}
