package dev.awsmcp.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A new file written beside an {@link OutputFile}'s target and renamed over it when complete.
 * Where the platform allows ({@link SecureDirectoryStream}), the folder is held open from the
 * moment the part is created, the part is created with {@code O_CREAT|O_EXCL} (never following
 * a link) and the rename is {@code renameat(2)} inside that held folder: a folder swapped for a
 * link after the check cannot redirect the write. Elsewhere the folder's real path is re-checked
 * before the rename. Not thread-safe: one download writes it.
 */
public final class PartFile implements WritableByteChannel {
  private static final Set<OpenOption> CREATE_NO_LINK =
      Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW, LinkOption.NOFOLLOW_LINKS);

  private final Path target;
  private final Path partName;
  private final SecureDirectoryStream<Path> folder; // null without openat
  private final SeekableByteChannel channel;

  private PartFile(Path target, Path partName, SecureDirectoryStream<Path> folder, SeekableByteChannel channel) {
    this.target = target;
    this.partName = partName;
    this.folder = folder;
    this.channel = channel;
  }

  static PartFile create(CheckedPath checked) throws IOException {
    Path target = checked.path();
    Path partName = target.getFileSystem().getPath("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    Optional<SecureDirectoryStream<Path>> folder = DirectoryWalk.open(checked.base(), target.getParent());
    if (folder.isEmpty()) {
      return new PartFile(target, partName, null, Files.newByteChannel(target.resolveSibling(partName), CREATE_NO_LINK));
    }
    try {
      return new PartFile(target, partName, folder.get(), folder.get().newByteChannel(partName, CREATE_NO_LINK));
    } catch (IOException | RuntimeException e) {
      folder.get().close();
      throw e;
    }
  }

  /** The file this part will replace. */
  public Path target() {
    return target;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    return channel.write(src);
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen();
  }

  /** Renames the complete part over the target; the part is gone either way. */
  public void commit() throws IOException {
    channel.close();
    try {
      if (folder != null) {
        folder.move(partName, folder, target.getFileName());
      } else {
        if (!target.getParent().toRealPath().equals(target.getParent())) {
          throw new IOException("the folder of " + target + " changed while it was written");
        }
        Files.move(target.resolveSibling(partName), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException | RuntimeException e) {
      discard();
      throw e;
    }
    closeFolder();
  }

  /** Removes the part after a failure; best effort, the failure itself is what gets reported. */
  public void discard() {
    try {
      channel.close();
      if (folder != null) {
        folder.deleteFile(partName);
      } else {
        Files.deleteIfExists(target.resolveSibling(partName));
      }
    } catch (IOException | RuntimeException ignored) {
      // Already renamed or removed, or the folder is gone.
    }
    closeFolder();
  }

  /** Same as {@link #discard()}: closing without {@link #commit()} abandons the part. */
  @Override
  public void close() {
    if (channel.isOpen()) {
      discard();
    }
  }

  private void closeFolder() {
    if (folder != null) {
      try {
        folder.close();
      } catch (IOException ignored) {
        // Nothing was lost: the folder was only read.
      }
    }
  }
}
