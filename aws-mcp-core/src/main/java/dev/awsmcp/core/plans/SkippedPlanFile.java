package dev.awsmcp.core.plans;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of the user's plan directory that is not served, and why.
 *
 * @param file the file (or the directory itself, when it cannot be read)
 * @param reason what is wrong with it, for the user who wrote it
 */
public record SkippedPlanFile(Path file, String reason) {
  public SkippedPlanFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  /** One line for a log or the catalogue. */
  public String message() {
    return "execution plans: " + file + " skipped: " + reason;
  }
}
