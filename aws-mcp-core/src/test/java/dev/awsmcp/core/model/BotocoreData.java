package dev.awsmcp.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The installed botocore's data folder, for tests that compare against it. Asks the Python on
 * the PATH once ({@code python3}, then {@code python}); the {@code AWS_MCP_BOTOCORE_DATA}
 * environment variable overrides. Tests skip (not fail) when there is no botocore.
 */
final class BotocoreData {
  private static final String SCRIPT = "import botocore,os;print(os.path.dirname(botocore.__file__)+'/data')";
  private static Optional<Path> folder;
  private static String whyMissing = "";

  private BotocoreData() {}

  /** The data folder, if botocore is installed. */
  static synchronized Optional<Path> folder() {
    if (folder == null) {
      folder = find();
    }
    return folder;
  }

  /** The data folder, or the test is skipped with the reason. */
  static Path folderOrSkip() {
    Optional<Path> found = folder();
    Assumptions.assumeTrue(found.isPresent(), () -> "botocore data not found, skipping: " + whyMissing);
    return found.get();
  }

  /** A botocore source over the data folder, or the test is skipped. */
  static BotocoreModelSource sourceOrSkip() {
    return BotocoreModelSource.open(folderOrSkip());
  }

  private static Optional<Path> find() {
    String override = System.getenv("AWS_MCP_BOTOCORE_DATA");
    if (override != null && !override.isBlank()) {
      return existing(Path.of(override));
    }
    for (String python : new String[] {"python3", "python"}) {
      Optional<Path> found = ask(python);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> ask(String python) {
    try {
      Process p = new ProcessBuilder(python, "-c", SCRIPT).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        whyMissing += python + " timed out; ";
        return Optional.empty();
      }
      if (p.exitValue() != 0) {
        whyMissing += python + " has no botocore (" + lastLine(out) + "); ";
        return Optional.empty();
      }
      return existing(Path.of(lastLine(out)));
    } catch (IOException e) {
      whyMissing += python + " not runnable (" + e.getMessage() + "); ";
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Optional<Path> existing(Path dir) {
    if (Files.isDirectory(dir) && BotocoreModelSource.looksLikeDataFolder(dir)) {
      return Optional.of(dir);
    }
    whyMissing += dir + " is not a botocore data folder; ";
    return Optional.empty();
  }

  private static String lastLine(String s) {
    String[] lines = s.split("\\R");
    return lines.length == 0 ? "" : lines[lines.length - 1];
  }
}
