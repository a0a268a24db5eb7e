package dev.awsmcp.core.exec;

import dev.awsmcp.core.files.FileSandbox;
import dev.awsmcp.core.files.OutputFile;
import java.util.Optional;

/**
 * Where a streaming answer goes: {@code -} keeps it in the result; anything else is a file the
 * engine's {@link FileSandbox} must allow (inside the working directory once {@code ~},
 * {@code $VAR}, {@code ..} and links are resolved, in the default mode), so an agent cannot
 * overwrite files elsewhere.
 */
final class OutfileTarget {
  private final OutputFile file;

  private OutfileTarget(OutputFile file) {
    this.file = file;
  }

  /** The result keeps the payload inline. */
  static OutfileTarget inline() {
    return new OutfileTarget(null);
  }

  boolean isInline() {
    return file == null;
  }

  /** The checked file; empty when inline. */
  Optional<OutputFile> file() {
    return Optional.ofNullable(file);
  }

  /** Checks {@code name} with the sandbox; throws with the sandbox's reason if refused. */
  static OutfileTarget resolve(String name, FileSandbox files) throws OutfileRefused {
    if (name.equals("-")) {
      return inline();
    }
    OutputFile checked = files.outputFile(name);
    if (!checked.isAllowed()) {
      throw new OutfileRefused("the output file cannot be written: " + checked.refusal().orElseThrow());
    }
    return new OutfileTarget(checked);
  }

  /** An output file that may not be written. */
  static final class OutfileRefused extends Exception {
    private static final long serialVersionUID = 1L;

    OutfileRefused(String message) {
      super(message);
    }
  }
}
