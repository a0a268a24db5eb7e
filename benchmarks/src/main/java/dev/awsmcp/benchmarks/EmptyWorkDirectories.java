package dev.awsmcp.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Working directories for engines under benchmark: empty, and gone when the JVM exits. */
final class EmptyWorkDirectories {
  private EmptyWorkDirectories() {}

  static Path create(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    // The benchmarks write no files there, so the directory is still empty at exit.
    dir.toFile().deleteOnExit();
    return dir;
  }
}
