package dev.awsmcp.core.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.command.RegionSource;
import dev.awsmcp.core.model.BotocoreModelSource;
import dev.awsmcp.core.model.ServiceCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The installed botocore models as a catalog, shared by the validator tests. */
final class BotocoreCatalog {
  private static volatile ServiceCatalog catalog;

  private BotocoreCatalog() {}

  static ServiceCatalog get() {
    ServiceCatalog c = catalog;
    if (c == null) {
      synchronized (BotocoreCatalog.class) {
        c = catalog;
        if (c == null) {
          Path data = dataFolder().orElseThrow(() -> new IllegalStateException(
              "validator tests need botocore's data folder: set BOTOCORE_DATA or install botocore for python3"));
          c = new ServiceCatalog(List.of(BotocoreModelSource.open(data)));
          catalog = c;
        }
      }
    }
    return c;
  }

  /** A command of kind OPERATION; {@code cli} is {@code "<cli service> <cli operation>"}. */
  static ParsedCommand command(String service, String operation, String cli, ObjectNode params) {
    String[] words = cli.split(" ");
    return ParsedCommand.builder()
        .commandLine("aws " + cli)
        .cliService(words[0])
        .cliOperation(words[1])
        .service(service)
        .operation(operation)
        .region("us-east-1", RegionSource.DEFAULT)
        .params(params)
        .build();
  }

  private static Optional<Path> dataFolder() {
    String configured = System.getenv("BOTOCORE_DATA");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    try {
      Process p = new ProcessBuilder("python3", "-c",
          "import botocore,os;print(os.path.dirname(botocore.__file__)+'/data')")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isDirectory(Path.of(out))) {
        return Optional.of(Path.of(out));
      }
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }
}
