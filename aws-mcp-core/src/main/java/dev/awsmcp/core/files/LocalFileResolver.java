package dev.awsmcp.core.files;

import dev.awsmcp.api.FileContent;
import dev.awsmcp.api.FileResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Reads local files for {@code file://} values, expanding {@code ~} like the CLI, with a size
 * cap so a value cannot pull a huge file into memory. Only regular files are read.
 */
public final class LocalFileResolver implements FileResolver {
  /** The largest file read as a value. */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;

  private final long maxBytes;

  private LocalFileResolver(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Any readable local file, up to {@link #DEFAULT_MAX_BYTES}. */
  public static LocalFileResolver unrestricted() {
    return new LocalFileResolver(DEFAULT_MAX_BYTES);
  }

  @Override
  public FileContent read(String path) {
    Path p;
    try {
      p = Paths.get(expandHome(path));
    } catch (InvalidPathException e) {
      return FileContent.refused("invalid path: " + e.getMessage());
    }
    // Only regular files: a named pipe or device (/dev/stdin, /dev/zero) would block or never end.
    if (Files.exists(p) && !Files.isRegularFile(p)) {
      return FileContent.refused("not a regular file: '" + path + "'");
    }
    try (InputStream in = Files.newInputStream(p)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        return FileContent.refused("file is larger than " + maxBytes + " bytes: " + path);
      }
      return FileContent.of(bytes);
    } catch (NoSuchFileException e) {
      return FileContent.refused("No such file or directory: '" + path + "'");
    } catch (IOException | SecurityException e) {
      return FileContent.refused("cannot read " + path + ": " + e.getMessage());
    }
  }

  static String expandHome(String path) {
    if (path.equals("~") || path.startsWith("~/")) {
      return System.getProperty("user.home") + path.substring(1);
    }
    return path;
  }
}
