package dev.awsmcp.core.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A place a {@link FileSandbox} allowed an output to be written, or why it did not. The file is
 * never written in place: {@link #startPart()} writes a part file beside it that
 * {@link PartFile#commit()} renames over the target, so a failed download leaves nothing
 * half-written and an existing link under the target name is replaced, never followed.
 */
public final class OutputFile {
  private final CheckedPath checked;
  private final String refusal;

  private OutputFile(CheckedPath checked, String refusal) {
    this.checked = checked;
    this.refusal = refusal;
  }

  static OutputFile allowed(CheckedPath checked) {
    return new OutputFile(Objects.requireNonNull(checked), null);
  }

  static OutputFile refused(String reason) {
    return new OutputFile(null, Objects.requireNonNull(reason));
  }

  public boolean isAllowed() {
    return refusal == null;
  }

  /** Why the output may not be written; empty when allowed. */
  public Optional<String> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** The file that will be written (its folder's real path and its name); throws when refused. */
  public Path path() {
    if (refusal != null) {
      throw new IllegalStateException(refusal);
    }
    return checked.path();
  }

  /**
   * Creates a new, empty part file in the target's folder, reached without following links.
   *
   * @throws IOException when the folder changed since the check or cannot be written
   */
  public PartFile startPart() throws IOException {
    path();
    return PartFile.create(checked);
  }

  @Override
  public String toString() {
    return refusal == null ? "OutputFile[" + checked.path() + "]" : "OutputFile[refused: " + refusal + "]";
  }
}
