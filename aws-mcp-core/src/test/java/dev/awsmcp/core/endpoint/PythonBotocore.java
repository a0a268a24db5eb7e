package dev.awsmcp.core.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.AwsMcp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An engine over the very botocore that wrote {@code golden/endpoints.jsonl}: the one the
 * machine's {@code python3} imports. The generic test engine may find another botocore first
 * (the Debian {@code awscli} package bundles an older one), whose rule sets give other answers.
 */
final class PythonBotocore {
  private static volatile AwsMcp engine;

  private PythonBotocore() {}

  static AwsMcp engine() {
    AwsMcp e = engine;
    if (e == null) {
      synchronized (PythonBotocore.class) {
        e = engine;
        if (e == null) {
          e = AwsMcp.builder()
              .modelPath(dataFolder())
              .modelClassLoader(null)
              .searchInstalledModels(false)
              .environment(Map.of("AWS_CONFIG_FILE", "/nonexistent"))
              .build();
          engine = e;
        }
      }
    }
    return e;
  }

  private static Path dataFolder() {
    String expected = meta().get("botocoreVersion").asText();
    List<String> answer = askPython();
    if (!answer.get(0).equals(expected)) {
      throw new IllegalStateException("golden/endpoints.jsonl was written by botocore " + expected + " but python3 has "
          + answer.get(0) + ": run tools/endpoints/golden.py");
    }
    return Path.of(answer.get(1));
  }

  private static JsonNode meta() {
    try (InputStream in = PythonBotocore.class.getResourceAsStream("/golden/endpoints.meta.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> askPython() {
    try {
      Process p = new ProcessBuilder("python3", "-c",
          "import botocore,os;print(botocore.__version__);print(os.path.dirname(botocore.__file__)+'/data')")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("python3 cannot import botocore: " + out);
      }
      List<String> lines = out.lines().toList();
      if (lines.size() != 2 || !Files.isDirectory(Path.of(lines.get(1)))) {
        throw new IllegalStateException("unexpected answer from python3: " + out);
      }
      return lines;
    } catch (IOException e) {
      throw new IllegalStateException("the endpoint golden needs python3 with botocore", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
