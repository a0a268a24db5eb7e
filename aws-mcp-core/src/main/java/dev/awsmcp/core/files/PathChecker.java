package dev.awsmcp.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Decides whether a path as written may be read or written under a {@link FileAccess} mode:
 * expands it, resolves it against the working directory, resolves every symbolic link
 * ({@link Path#toRealPath}) and checks where it really is. The decision names the real path;
 * the opening ({@link ContainedFileReader}, {@link OutputFile}) then makes sure it opens that
 * very file.
 *
 * <p>A path outside the working directory is refused with the same message whether or not it
 * exists, so the sandbox is no oracle for files elsewhere.
 */
final class PathChecker {
  private final FileAccess access;
  private final Path workingDirectory;
  private final PathExpansion expansion;
  private final long maxBytes;

  PathChecker(FileAccess access, Path workingDirectory, PathExpansion expansion, long maxBytes) {
    this.access = access;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.expansion = expansion;
    this.maxBytes = maxBytes;
  }

  CheckedPath forRead(String written) {
    if (access == FileAccess.NO_ACCESS) {
      return CheckedPath.refused(SandboxMessages.noAccess(written));
    }
    if (written.equals("-")) {
      return CheckedPath.refused(SandboxMessages.standardInput());
    }
    Path root;
    try {
      root = root();
    } catch (IOException e) {
      return CheckedPath.refused(SandboxMessages.workingDirectory(workingDirectory, e.toString()));
    }
    Path candidate;
    Path real;
    try {
      candidate = root.resolve(Paths.get(expansion.expand(written)));
      real = candidate.toRealPath();
    } catch (InvalidPathException e) {
      return CheckedPath.refused(SandboxMessages.unusable(written, "not a valid path: " + e.getMessage()));
    } catch (IOException e) {
      if (access == FileAccess.WORKDIR && !lexicallyInside(root.resolve(expansion.expand(written)).normalize(), root)) {
        return CheckedPath.refused(SandboxMessages.outside(written, root));
      }
      return CheckedPath.refused(e instanceof NoSuchFileException
          ? SandboxMessages.missing(written) : SandboxMessages.unusable(written, e.toString()));
    }
    if (access == FileAccess.WORKDIR && !real.startsWith(root)) {
      return CheckedPath.refused(SandboxMessages.outside(written, root));
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return CheckedPath.refused(SandboxMessages.unusable(written, e.toString()));
    }
    // Only regular files: a pipe or device (/dev/stdin, /dev/zero) would block or never end.
    if (!attributes.isRegularFile()) {
      return CheckedPath.refused(SandboxMessages.notRegular(written));
    }
    if (attributes.size() > maxBytes) {
      return CheckedPath.refused(SandboxMessages.tooLarge(written, maxBytes));
    }
    return CheckedPath.allowed(real, base(root, real), attributes.fileKey());
  }

  /**
   * The file an output may replace: its folder (created when missing) must really lie inside
   * the working directory in {@link FileAccess#WORKDIR} mode; its own name is never followed
   * as a link, and an existing directory or link under that name is refused.
   */
  CheckedPath forWrite(String written) {
    if (access == FileAccess.NO_ACCESS) {
      return CheckedPath.refused(SandboxMessages.noAccess(written));
    }
    Path root;
    try {
      root = root();
    } catch (IOException e) {
      return CheckedPath.refused(SandboxMessages.workingDirectory(workingDirectory, e.toString()));
    }
    Path candidate;
    try {
      candidate = root.resolve(Paths.get(expansion.expand(written)));
    } catch (InvalidPathException e) {
      return CheckedPath.refused(SandboxMessages.unusable(written, "not a valid file name: " + e.getMessage()));
    }
    Path name = candidate.getFileName();
    Path parent = candidate.getParent();
    if (name == null || parent == null || name.toString().equals("..") || name.toString().equals(".")) {
      return CheckedPath.refused(SandboxMessages.unusable(written, "not a file name"));
    }
    // Lexically first, so no folder is created outside before the real check below.
    if (access == FileAccess.WORKDIR && !lexicallyInside(parent.normalize(), root)) {
      return CheckedPath.refused(SandboxMessages.outside(written, root));
    }
    Path realParent;
    try {
      // A link among the existing folders could otherwise make the creation below land outside.
      if (access == FileAccess.WORKDIR && !nearestExisting(parent).toRealPath().startsWith(root)) {
        return CheckedPath.refused(SandboxMessages.outside(written, root));
      }
      Files.createDirectories(parent);
      realParent = parent.toRealPath();
    } catch (IOException e) {
      return CheckedPath.refused(SandboxMessages.unusable(written, e.toString()));
    }
    if (access == FileAccess.WORKDIR && !realParent.startsWith(root)) {
      return CheckedPath.refused(SandboxMessages.outside(written, root));
    }
    Path target = realParent.resolve(name);
    if (Files.isSymbolicLink(target) || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return CheckedPath.refused(SandboxMessages.unusable(written, "it is a directory or a symbolic link"));
    }
    return CheckedPath.allowed(target, base(root, target), null);
  }

  /** The working directory's real path, created when missing. */
  Path root() throws IOException {
    Files.createDirectories(workingDirectory);
    return workingDirectory.toRealPath();
  }

  // In workdir mode files are opened by walking down from the working directory; otherwise from
  // the file system root, with the same refusal to follow links that appear after the check.
  private Path base(Path root, Path real) {
    return access == FileAccess.WORKDIR ? root : real.getRoot();
  }

  private static Path nearestExisting(Path p) {
    Path cursor = p;
    while (cursor.getParent() != null && !Files.exists(cursor, LinkOption.NOFOLLOW_LINKS)) {
      cursor = cursor.getParent();
    }
    return cursor;
  }

  // The working directory as configured may itself be reached through a link (/tmp on macOS).
  private boolean lexicallyInside(Path normalized, Path root) {
    return normalized.startsWith(root) || normalized.startsWith(workingDirectory);
  }
}
