package dev.awsmcp.core.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.Optional;

/**
 * Opens a checked folder the way {@code openat(2)} allows and a path cannot: from an open
 * {@code base} folder, one name at a time, refusing to follow a symbolic link at every step
 * ({@code O_NOFOLLOW}). The folder is given as a real path, which has no links in it, so any
 * link met on the way appeared after the check: the walk fails instead of following it, and a
 * folder swapped after it was opened no longer matters, as the walk holds the folder itself.
 *
 * <p>Empty where the platform has no {@link SecureDirectoryStream} (Windows); callers then fall
 * back to opening by path and re-checking afterwards.
 */
final class DirectoryWalk {
  private DirectoryWalk() {}

  /**
   * @param base a real folder ({@link Path#toRealPath}) that {@code dir} lies in
   * @param dir a real folder under (or equal to) {@code base}
   */
  static Optional<SecureDirectoryStream<Path>> open(Path base, Path dir) throws IOException {
    DirectoryStream<Path> first = Files.newDirectoryStream(base);
    if (!(first instanceof SecureDirectoryStream)) {
      first.close();
      return Optional.empty();
    }
    SecureDirectoryStream<Path> current = (SecureDirectoryStream<Path>) first;
    try {
      for (Path name : base.relativize(dir)) {
        if (name.toString().isEmpty()) {
          continue; // relativize(base, base) is the empty path
        }
        SecureDirectoryStream<Path> next = current.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
        current.close();
        current = next;
      }
      return Optional.of(current);
    } catch (IOException | RuntimeException e) {
      current.close();
      throw e;
    }
  }
}
