package dev.awsmcp.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.BotocoreModels;
import dev.awsmcp.core.model.ServiceModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Compares what a codec lays out with what botocore's serializer laid out for the same params
 * (one golden line of {@code tools/protocol/botocore_*requests.py}): method, path, query, host
 * prefix, body, and every header botocore's serializer set. A codec may add only headers that
 * botocore adds later in handlers (checksums, Glacier's and API Gateway's customizations) and a
 * Content-Type for blob and string payloads (the Smithy rule; botocore sends none).
 */
final class BotocoreRequestComparison {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> HANDLER_HEADERS = Set.of("content-md5", "x-amz-glacier-version",
      "x-amz-content-sha256", "x-amz-sha256-tree-hash", "accept", "content-type");

  private BotocoreRequestComparison() {}

  /** The golden lines of a test resource, gzipped when its name ends in {@code .gz}. */
  static List<JsonNode> read(String resource) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    InputStream in = BotocoreRequestComparison.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing test resource " + resource);
    }
    if (resource.endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  /** The differences between our request and botocore's; empty when they agree. */
  static List<String> differences(JsonNode golden) {
    ServiceModel service = BotocoreModels.load(golden.get("service").asText());
    WireRequest actual = ProtocolCodecs.forService(service).serialize(
        service, service.operation(golden.get("operation").asText()).orElseThrow(), (ObjectNode) golden.get("params"));
    JsonNode expected = golden.get("request");
    List<String> problems = new ArrayList<>();
    same(problems, "method", expected.get("method").asText(), actual.method());
    same(problems, "path", expected.get("path").asText(), actual.encodedPath());
    same(problems, "host prefix", expected.get("hostPrefix").asText(), actual.hostPrefix());
    Map<String, List<String>> query = new TreeMap<>();
    expected.get("query").properties().forEach(e -> {
      List<String> values = new ArrayList<>();
      e.getValue().forEach(v -> values.add(v.asText()));
      query.put(e.getKey(), values);
    });
    same(problems, "query", query, new TreeMap<>(actual.query()));
    Map<String, String> expectedHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    expected.get("headers").properties().forEach(e -> expectedHeaders.put(e.getKey(), e.getValue().asText()));
    expectedHeaders.forEach((name, value) ->
        same(problems, "header " + name, List.of(value), actual.headers().get(name)));
    for (String name : actual.headers().keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!expectedHeaders.containsKey(name) && !HANDLER_HEADERS.contains(lower) && !lower.startsWith("x-amz-checksum-")) {
        problems.add("unexpected header " + name + ": " + actual.headers().get(name));
      }
    }
    byte[] body = Base64.getDecoder().decode(expected.get("body").asText());
    JsonNode expectedJson = jsonOrNull(body);
    JsonNode actualJson = jsonOrNull(actual.body());
    if (expectedJson != null && actualJson != null) {
      same(problems, "body", expectedJson, actualJson);
    } else {
      same(problems, "body", new String(body, StandardCharsets.UTF_8), new String(actual.body(), StandardCharsets.UTF_8));
    }
    return problems;
  }

  // JSON bodies compare as trees (key order is free); anything else (blob payloads) byte for byte.
  private static JsonNode jsonOrNull(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static void same(List<String> problems, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      problems.add(what + ": botocore " + expected + ", ours " + actual);
    }
  }
}
