package dev.awsmcp.core.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against botocore itself: {@code golden/endpoints.jsonl} holds what botocore
 * 1.43.11 resolved (URL, headers, and how the request was signed) for a matrix of services,
 * regions and settings; written by {@code tools/endpoints/golden.py}. Every case must agree.
 * botocore's error classes wrap the rule's message ("Unsupported configuration when using S3:
 * ..."), so an error agrees when botocore's text contains ours; botocore's refusal to sign
 * sigv4a without the CRT agrees with our refusal of a scheme the signer lacks.
 */
class EndpointGoldenTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EndpointResolver RESOLVER = new EndpointResolver();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = EndpointGoldenTests.class.getResourceAsStream("/golden/endpoints.jsonl");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode row = JSON.readTree(line);
        String name = row.get("id").asInt() + " " + row.get("service").asText() + " " + row.get("operation").asText()
            + " " + row.get("region").asText() + " " + shownSettings(row.get("settings")) + " " + row.get("params");
        out.add(Arguments.of(Named.of(name, row)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolvesAsBotocoreDoes(JsonNode row) {
    ServiceModel service = PythonBotocore.engine().catalog().load(row.get("service").asText()).orElseThrow();
    Operation operation = service.operation(row.get("operation").asText()).orElseThrow();
    ObjectNode input = (ObjectNode) row.get("params");
    EndpointSettings settings = settings(row.get("region").asText(), row.get("settings"));
    JsonNode expect = row.get("expect");

    if (expect.has("error")) {
      EndpointException e = assertThrows(EndpointException.class,
          () -> RESOLVER.resolve(service, operation, input, settings));
      String botocore = expect.get("error").asText();
      assertTrue(botocore.contains(e.getMessage()) || botocore.startsWith("MissingDependencyException"),
          "botocore said " + botocore + "; we said " + e.getMessage());
      return;
    }
    ResolvedEndpoint endpoint = RESOLVER.resolve(service, operation, input, settings);
    assertEquals(expect.get("url").asText(), endpoint.url().toString(), "url");
    assertEquals(firstValues(expect.get("headers")), firstValues(endpoint.headers()), "headers");
    AuthScheme auth = endpoint.authScheme();
    if (expect.has("callError") && expect.get("callError").asText().startsWith("NoAuthTokenError")) {
      assertEquals("bearer", auth.name(), "auth");
      return;
    }
    assertEquals(expect.get("auth").asText(), auth.name(), "auth");
    if (auth.name().startsWith("sigv4")) {
      assertEquals(expect.get("signingName").asText(), auth.signingName(), "signing name");
      assertEquals(expect.get("signingRegion").asText(), auth.signingRegion(), "signing region");
    }
  }

  static EndpointSettings settings(String region, JsonNode s) {
    JsonNode arnRegion = s.get("s3UseArnRegion");
    return new EndpointSettings(
        region,
        s.get("endpointUrl").isNull() ? Optional.empty() : Optional.of(URI.create(s.get("endpointUrl").asText())),
        s.get("useFips").asBoolean(),
        s.get("useDualStack").asBoolean(),
        s.get("s3AddressingStyle").asText().equals("path"),
        arnRegion.isBoolean() && arnRegion.asBoolean(),
        s.get("s3Accelerate").asBoolean(),
        s.get("s3UsEast1Regional").asText().equals("legacy"),
        s.get("stsRegionalEndpoints").asText().equals("legacy"),
        s.get("s3AddressingStyle").asText().equals("virtual"),
        arnRegion.isBoolean() && !arnRegion.asBoolean(),
        false,
        Optional.empty(),
        "preferred");
  }

  // botocore keeps only the first value of a multi-valued endpoint header.
  private static Map<String, String> firstValues(JsonNode headers) {
    Map<String, String> out = new TreeMap<>();
    headers.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static Map<String, String> firstValues(Map<String, List<String>> headers) {
    Map<String, String> out = new TreeMap<>();
    headers.forEach((k, v) -> out.put(k, v.get(0)));
    return out;
  }

  private static String shownSettings(JsonNode s) {
    Map<String, Object> changed = new TreeMap<>();
    s.properties().forEach(e -> {
      JsonNode v = e.getValue();
      boolean isDefault = v.isNull() || (v.isBoolean() && !v.asBoolean())
          || (e.getKey().equals("s3AddressingStyle") && v.asText().equals("auto"))
          || (e.getKey().equals("s3UsEast1Regional") && v.asText().equals("legacy"))
          || (e.getKey().equals("stsRegionalEndpoints") && v.asText().equals("regional"));
      if (!isDefault) {
        changed.put(e.getKey(), v.isBoolean() ? v.asBoolean() : v.asText());
      }
    });
    return changed.toString();
  }
}
