package dev.awsmcp.core.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * A file appended to in whole records, rotated by size: when the next record would pass the
 * limit, {@code f} becomes {@code f.1}, {@code f.1} becomes {@code f.2}, and so on, and the
 * oldest beyond the count is deleted. A record larger than the limit still goes in whole, alone.
 * New files are readable by their owner only where the file system has POSIX permissions. Not
 * thread-safe: the sink serialises access.
 */
final class RotatingFile implements AutoCloseable {
  private static final Set<StandardOpenOption> APPEND =
      EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);

  private final Path path;
  private final long maxBytes;
  private final int maxFiles;
  private SeekableByteChannel channel;
  private long size;

  /**
   * @param maxBytes the size a file may reach before the next record starts a new one
   * @param maxFiles the files kept, the one being written included (1: start over when full)
   */
  RotatingFile(Path path, long maxBytes, int maxFiles) {
    this.path = path;
    this.maxBytes = maxBytes;
    this.maxFiles = maxFiles;
  }

  void append(byte[] record) throws IOException {
    if (channel == null) {
      open();
    }
    if (size > 0 && size + record.length > maxBytes) {
      rotate();
    }
    ByteBuffer buffer = ByteBuffer.wrap(record);
    while (buffer.hasRemaining()) {
      size += channel.write(buffer);
    }
  }

  private void open() throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    channel = Files.newByteChannel(path, APPEND, ownerOnly());
    size = channel.size();
  }

  private void rotate() throws IOException {
    close();
    if (maxFiles == 1) {
      Files.deleteIfExists(path);
    } else {
      Files.deleteIfExists(numbered(maxFiles - 1));
      for (int i = maxFiles - 2; i >= 1; i--) {
        if (Files.exists(numbered(i))) {
          Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.move(path, numbered(1), StandardCopyOption.REPLACE_EXISTING);
    }
    open();
  }

  Path numbered(int i) {
    return path.resolveSibling(path.getFileName() + "." + i);
  }

  // rw------- at creation, so there is no moment when others could open the file.
  private static FileAttribute<?>[] ownerOnly() {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
  }

  @Override
  public void close() throws IOException {
    SeekableByteChannel c = channel;
    channel = null;
    if (c != null) {
      c.close();
    }
  }
}
