package dev.awsmcp.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.model.ModelDiscovery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every benchmark shares: the engine over the installed botocore models, set up the way the
 * CLI side of the comparison is ({@code tools/bench/cli_parse_timing.py}: default region
 * {@code us-east-1}, no config file), and the example command lines the real CLI accepts.
 */
final class BenchmarkEngines {
  /** Overrides where the botocore {@code data} folder is; else the installed botocore's. */
  static final String BOTOCORE_ENV = "AWS_MCP_BENCH_BOTOCORE";

  private static final String EXAMPLES = "/golden/cli-examples.jsonl";

  private BenchmarkEngines() {}

  static Path botocoreData() {
    String configured = System.getProperty("awsmcp.bench.botocore", System.getenv(BOTOCORE_ENV));
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured);
    }
    return ModelDiscovery.pythonBotocore()
        .orElseThrow(() -> new IllegalStateException(
            "no botocore found: set " + BOTOCORE_ENV + " to botocore's data folder"));
  }

  /** A new engine: nothing loaded yet but the list of services. */
  static AwsMcp newEngine(Path botocore) {
    return AwsMcp.builder()
        .modelPath(botocore)
        .modelClassLoader(null)
        .searchInstalledModels(false)
        .environment(Map.of("AWS_DEFAULT_REGION", "us-east-1", "AWS_CONFIG_FILE", "/nonexistent"))
        .build();
  }

  /** The command lines of the golden examples that the real AWS CLI accepted, in file order. */
  static List<String> acceptedExampleCommands() {
    ObjectMapper json = new ObjectMapper();
    List<String> commands = new ArrayList<>();
    try (InputStream in = BenchmarkEngines.class.getResourceAsStream(EXAMPLES)) {
      if (in == null) {
        throw new IllegalStateException(EXAMPLES + " is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode row = json.readTree(line);
        if (row.path("status").asText().equals("ok")) {
          commands.add(row.path("command").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(commands);
  }
}
