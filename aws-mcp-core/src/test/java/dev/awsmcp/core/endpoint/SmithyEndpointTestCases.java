package dev.awsmcp.core.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The {@code smithy.rules#endpointTests} cases the Smithy model jars on the test class path
 * carry on their service shapes, read straight from the jars' JSON (the model loader keeps the
 * rule set, not its tests).
 */
final class SmithyEndpointTestCases {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One service's rule set and test cases. */
  record ServiceTests(String serviceId, String ruleSetJson, List<JsonNode> cases) {}

  private SmithyEndpointTestCases() {}

  static List<ServiceTests> load() throws IOException {
    List<ServiceTests> out = new ArrayList<>();
    ClassLoader loader = SmithyEndpointTestCases.class.getClassLoader();
    for (URL manifest : Collections.list(loader.getResources("META-INF/smithy/manifest"))) {
      String text;
      try (InputStream in = manifest.openStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      for (String file : text.strip().split("\n")) {
        if (file.strip().endsWith(".json")) {
          readServices(new URL(manifest, file.strip()), out);
        }
      }
    }
    return out;
  }

  private static void readServices(URL url, List<ServiceTests> out) throws IOException {
    JsonNode model;
    try (InputStream in = url.openStream()) {
      model = JSON.readTree(in);
    }
    for (Map.Entry<String, JsonNode> shape : model.path("shapes").properties()) {
      JsonNode traits = shape.getValue().path("traits");
      if (shape.getValue().path("type").asText().equals("service") && traits.has("smithy.rules#endpointTests")) {
        List<JsonNode> cases = new ArrayList<>();
        traits.get("smithy.rules#endpointTests").path("testCases").forEach(cases::add);
        out.add(new ServiceTests(shape.getKey(), traits.get("smithy.rules#endpointRuleSet").toString(), cases));
      }
    }
  }
}
