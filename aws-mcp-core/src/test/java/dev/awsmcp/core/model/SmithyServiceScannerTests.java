package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding service shapes without building the document. */
class SmithyServiceScannerTests {
  private static final SmithyServiceScanner.Found WEATHER =
      new SmithyServiceScanner.Found("example.weather#Weather", "Weather Forecast", "2024-01-01");

  @Test
  void quickPathFindsTheServiceShape() throws IOException {
    byte[] json = SmithyTestModels.WEATHER.getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(WEATHER), SmithyServiceScanner.quickScan(json));
    assertEquals(List.of(WEATHER), scan(SmithyTestModels.WEATHER));
  }

  @Test
  void minifiedJsonWorksToo() throws IOException {
    String minified = SmithyJson.read(new ByteArrayInputStream(SmithyTestModels.WEATHER.getBytes(StandardCharsets.UTF_8))).toString();
    assertEquals(List.of(WEATHER), SmithyServiceScanner.quickScan(minified.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fullScanWhenTypeIsNotTheFirstField() throws IOException {
    String json = """
        {"smithy": "2.0", "shapes": {
          "a.b#S": {"version": "1", "traits": {"aws.api#service": {"sdkId": "Late Type"}}, "type": "service"},
          "a.b#T": {"traits": {"smithy.api#documentation": "\\"type\\": \\"service\\""}, "type": "string"}
        }}
        """;
    assertTrue(SmithyServiceScanner.quickScan(json.getBytes(StandardCharsets.UTF_8)).isEmpty());
    assertEquals(List.of(new SmithyServiceScanner.Found("a.b#S", "Late Type", "1")), scan(json));
  }

  @Test
  void serviceWithoutAwsTraitHasNoSdkId() throws IOException {
    String json = "{\"smithy\":\"2.0\",\"shapes\":{\"a.b#Plain\":{\"type\":\"service\",\"version\":\"2\"}}}";
    assertEquals(List.of(new SmithyServiceScanner.Found("a.b#Plain", null, "2")), scan(json));
  }

  private static List<SmithyServiceScanner.Found> scan(String json) throws IOException {
    return SmithyServiceScanner.scan(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
