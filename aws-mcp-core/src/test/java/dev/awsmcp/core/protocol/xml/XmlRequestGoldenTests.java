package dev.awsmcp.core.protocol.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.WireRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The AWS CLI's own examples for awsQuery, ec2Query and restXml services, laid out by the codecs
 * and by botocore's serializer ({@code tools/golden/xml_requests.py}): the same form parameters,
 * or the same method, path, query, member headers and XML body. Checksum headers are left out:
 * botocore adds them after serializing.
 */
class XmlRequestGoldenTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, ProtocolCodec> CODECS = Map.of(
      "query", new AwsQueryCodec(), "ec2", new Ec2QueryCodec(), "rest-xml", new RestXmlCodec());

  @Test
  void everyExampleIsLaidOutAsBotocoreLaysItOut() throws IOException {
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode row : rows()) {
      count++;
      ServiceModel service = BotocoreCalls.service(row.get("service").asText());
      ProtocolCodec codec = CODECS.get(service.metadata().protocol());
      try {
        WireRequest r = codec.serialize(service, service.operation(row.get("operation").asText()).orElseThrow(),
            (ObjectNode) row.get("params"));
        difference(row, r).ifPresent(d -> failures.add(row.get("id").asText() + ": " + d));
      } catch (RuntimeException e) {
        failures.add(row.get("id").asText() + ": " + e);
      }
    }
    assertTrue(count > 1500, "only " + count + " examples");
    assertEquals(List.of(), failures, failures.size() + " of " + count + " differ");
  }

  private static Optional<String> difference(JsonNode row, WireRequest r) {
    String body = new String(r.body(), StandardCharsets.UTF_8);
    if (row.get("body").isObject()) {
      Map<String, String> expected = new TreeMap<>();
      row.get("body").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asText()));
      Map<String, String> actual = form(body);
      return expected.equals(actual) ? Optional.empty() : Optional.of("expected " + expected + " got " + actual);
    }
    if (!row.get("method").asText().equals(r.method())) {
      return Optional.of("method " + r.method());
    }
    if (!row.get("path").asText().equals(r.encodedPath())) {
      return Optional.of("path " + r.encodedPath() + " expected " + row.get("path").asText());
    }
    Map<String, String> query = new TreeMap<>();
    r.query().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
    Map<String, String> expectedQuery = new TreeMap<>();
    row.get("query").fields().forEachRemaining(e -> expectedQuery.put(e.getKey(), e.getValue().asText()));
    if (!expectedQuery.equals(query)) {
      return Optional.of("query " + query + " expected " + expectedQuery);
    }
    for (var it = row.get("headers").fields(); it.hasNext(); ) {
      var h = it.next();
      List<String> got = r.headers().get(h.getKey());
      if (!h.getKey().toLowerCase(Locale.ROOT).startsWith("x-amz-checksum") && !h.getKey().equals("Content-MD5")
          && (got == null || !listItems(got).equals(listItems(List.of(h.getValue().asText()))))) {
        return Optional.of("header " + h.getKey() + ": " + got + " expected " + h.getValue().asText());
      }
    }
    String expectedBody = row.get("body").isNull() ? "" : row.get("body").asText();
    return XmlBodyComparison.difference(expectedBody, body);
  }

  // A list header is "a,b" in botocore and "a, b" in Smithy's SDKs; both mean the same.
  private static List<String> listItems(List<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.addAll(List.of(v.split("\\s*,\\s*"))));
    return out;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new TreeMap<>();
    for (String p : body.split("&")) {
      int eq = p.indexOf('=');
      out.put(URLDecoder.decode(p.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static List<JsonNode> rows() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = XmlRequestGoldenTests.class.getResourceAsStream("/golden/xml-requests.jsonl.gz");
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }
}
