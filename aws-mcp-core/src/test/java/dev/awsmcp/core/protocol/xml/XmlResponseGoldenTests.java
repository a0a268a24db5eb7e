package dev.awsmcp.core.protocol.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Response bodies read by the codecs and by botocore itself: the expected files are botocore's
 * parse of the same bytes ({@code tools/golden/xml_responses.py} writes them).
 */
class XmlResponseGoldenTests {
  private static final String DIR = "/golden/xml-responses/";
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<String[]> cases() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : text("cases.tsv").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.trim().split("\\s+"));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheResponseAsBotocoreDoes(String name, String serviceName, String operationName, String status)
      throws IOException {
    ServiceModel service = BotocoreCalls.service(serviceName);
    Operation operation = service.operation(operationName).orElseThrow();
    ProtocolCodec codec = codecFor(service.metadata().protocol());
    WireResponse response = new WireResponse(Integer.parseInt(status), Map.of(),
        text(name + ".xml").getBytes(StandardCharsets.UTF_8));
    JsonNode expected = JSON.readTree(text(name + ".expected.json"));
    JsonNode actual;
    if (response.isSuccess()) {
      actual = codec.parseOutput(service, operation, response);
    } else {
      ParsedError e = codec.parseError(service, operation, response);
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("code", e.code());
      o.put("message", e.message());
      // botocore reads S3's request id from headers only; without headers it has none to compare.
      o.put("requestId", expected.path("requestId").isNull() ? null : e.requestId().orElse(null));
      actual = o;
    }
    assertEquals(expected, actual);
  }

  private static ProtocolCodec codecFor(String protocol) {
    switch (protocol) {
      case "query": return new AwsQueryCodec();
      case "ec2": return new Ec2QueryCodec();
      case "rest-xml": return new RestXmlCodec();
      default: throw new AssertionError("no XML codec for " + protocol);
    }
  }

  private static String text(String file) {
    try (InputStream in = XmlResponseGoldenTests.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + DIR + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
