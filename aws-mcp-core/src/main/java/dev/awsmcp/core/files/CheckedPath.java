package dev.awsmcp.core.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A local path after the sandbox's check: either refused with a reason, or the real path (no
 * symbolic link left in it) with the directory it is opened from ({@code base}, the working
 * directory in {@link FileAccess#WORKDIR} mode) and the identity of the file seen by the check
 * ({@code fileKey}, null for a file still to be written or where the platform has none), so the
 * opening can tell whether the same file is still there.
 */
record CheckedPath(Path path, Path base, Object fileKey, String refusal) {

  static CheckedPath allowed(Path path, Path base, Object fileKey) {
    return new CheckedPath(Objects.requireNonNull(path), Objects.requireNonNull(base), fileKey, null);
  }

  static CheckedPath refused(String reason) {
    return new CheckedPath(null, null, null, Objects.requireNonNull(reason));
  }

  boolean isAllowed() {
    return refusal == null;
  }
}
