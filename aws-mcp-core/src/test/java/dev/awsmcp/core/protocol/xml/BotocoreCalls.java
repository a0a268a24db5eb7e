package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.WireResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real botocore models and parsed CLI commands for the codec tests. The models are those of the
 * Python botocore the golden files were made with, when there is one: an older AWS CLI v2 bundle
 * (the Debian package) may be found first by the engine's own discovery.
 */
final class BotocoreCalls {
  private static volatile AwsMcp engine;

  private BotocoreCalls() {}

  static ServiceModel service(String name) {
    return engine().catalog().load(name).orElseThrow();
  }

  private static AwsMcp engine() {
    AwsMcp e = engine;
    if (e == null) {
      synchronized (BotocoreCalls.class) {
        e = engine;
        if (e == null) {
          e = pythonBotocoreData()
              .map(data -> AwsMcp.builder().modelPath(data).modelClassLoader(null).searchInstalledModels(false)
                  .environment(Map.of("AWS_CONFIG_FILE", "/nonexistent")).build())
              .orElseGet(TestEngines::botocore);
          engine = e;
        }
      }
    }
    return e;
  }

  private static Optional<Path> pythonBotocoreData() {
    try {
      Process p = new ProcessBuilder("python3", "-c",
          "import botocore,os;print(os.path.dirname(botocore.__file__)+'/data')").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor() != 0 || out.isEmpty()) {
        return Optional.empty();
      }
      Path data = Path.of(out);
      return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  static Operation operation(String service, String op) {
    return service(service).operation(op).orElseThrow();
  }

  /** The API input a CLI command line means. */
  static ObjectNode params(String commandLine) {
    ParseResult r = engine().parseAndValidate(commandLine + " --region us-east-1");
    if (!r.isSuccess()) {
      throw new AssertionError(commandLine + ": " + r.errors());
    }
    return r.command().params();
  }

  static WireResponse response(int status, String body, Map<String, List<String>> headers) {
    return new WireResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  static WireResponse response(int status, String body) {
    return response(status, body, Map.of());
  }
}
