package dev.awsmcp.core.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Where a streaming answer goes: {@code -} keeps it in the result; anything else is a file that
 * must lie inside the working directory once {@code ~}, {@code ..} and symbolic links are
 * resolved, so an agent cannot overwrite files elsewhere.
 */
final class OutfileTarget {
  private final Path file;

  private OutfileTarget(Path file) {
    this.file = file;
  }

  /** The result keeps the payload inline. */
  static OutfileTarget inline() {
    return new OutfileTarget(null);
  }

  boolean isInline() {
    return file == null;
  }

  /** The resolved file; empty when inline. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Resolves {@code name} against the working directory; throws with a reason if refused. */
  static OutfileTarget resolve(String name, Path workingDirectory) throws OutfileRefused {
    if (name.equals("-")) {
      return inline();
    }
    Path root;
    try {
      Files.createDirectories(workingDirectory);
      root = workingDirectory.toRealPath();
    } catch (IOException e) {
      throw new OutfileRefused("the working directory " + workingDirectory + " cannot be used: " + e.getMessage());
    }
    Path candidate;
    try {
      String expanded = name.startsWith("~/") ? System.getProperty("user.home") + name.substring(1) : name;
      candidate = root.resolve(Paths.get(expanded)).normalize();
    } catch (InvalidPathException e) {
      throw new OutfileRefused("not a valid file name: " + name);
    }
    Path parent = candidate.getParent();
    if (parent == null || candidate.equals(root)) {
      throw new OutfileRefused("not a file name: " + name);
    }
    Path realParent = realExistingAncestor(parent);
    if (!realParent.startsWith(root) || !parent.startsWith(root)) {
      throw new OutfileRefused("the output file " + name + " lies outside the working directory " + root
          + "; give a path inside it (relative paths are resolved against it)");
    }
    if (Files.isSymbolicLink(candidate) || Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutfileRefused("the output file " + name + " is a directory or a symbolic link");
    }
    return new OutfileTarget(candidate);
  }

  // The real path of the nearest existing ancestor, so a symlinked directory cannot lead out.
  private static Path realExistingAncestor(Path p) {
    Path cursor = p;
    while (cursor != null && !Files.exists(cursor)) {
      cursor = cursor.getParent();
    }
    if (cursor == null) {
      return p;
    }
    try {
      return cursor.toRealPath();
    } catch (IOException e) {
      return cursor;
    }
  }

  /** An output file that may not be written. */
  static final class OutfileRefused extends Exception {
    private static final long serialVersionUID = 1L;

    OutfileRefused(String message) {
      super(message);
    }
  }
}
