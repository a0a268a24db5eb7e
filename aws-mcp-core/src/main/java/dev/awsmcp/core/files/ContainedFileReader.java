package dev.awsmcp.core.files;

import dev.awsmcp.api.FileContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a file a {@link PathChecker} allowed, making sure it is the file that was checked: the
 * folder is reached by a {@link DirectoryWalk} (no link followed), the file is opened without
 * following a link, and its identity ({@code fileKey}: device and inode on Unix) must match the
 * check's just before and just after opening. See {@code docs/file-sandbox.md} for what this
 * still leaves open.
 */
final class ContainedFileReader {
  private static final Set<java.nio.file.OpenOption> READ_NO_LINK = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

  private final long maxBytes;
  private final BetweenCheckAndOpen hook;

  ContainedFileReader(long maxBytes, BetweenCheckAndOpen hook) {
    this.maxBytes = maxBytes;
    this.hook = hook;
  }

  FileContent read(String written, CheckedPath checked) {
    Path file = checked.path();
    try {
      hook.run(file);
      Optional<SecureDirectoryStream<Path>> folder = DirectoryWalk.open(checked.base(), file.getParent());
      if (folder.isEmpty()) {
        return readByPath(written, checked);
      }
      try (SecureDirectoryStream<Path> dir = folder.get()) {
        Path name = file.getFileName();
        BasicFileAttributeView view = dir.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        // Before opening: a pipe put in its place would block the open itself.
        if (!isChecked(view.readAttributes(), checked)) {
          return FileContent.refused(SandboxMessages.changed(written));
        }
        try (SeekableByteChannel channel = dir.newByteChannel(name, READ_NO_LINK)) {
          if (!isChecked(view.readAttributes(), checked)) {
            return FileContent.refused(SandboxMessages.changed(written));
          }
          return readCapped(written, Channels.newInputStream(channel));
        }
      }
    } catch (IOException | SecurityException e) {
      // ELOOP or ENOTDIR here mean a link or a file took the place of a checked folder or file.
      return FileContent.refused(SandboxMessages.unusable(written, e.toString()));
    }
  }

  // Without openat: check the file is still the checked one, open the real path without
  // following a final link, then re-check that the path still resolves to itself and names the
  // checked file. A folder swapped and swapped back around the open goes unnoticed here.
  private FileContent readByPath(String written, CheckedPath checked) throws IOException {
    Path file = checked.path();
    if (!isChecked(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), checked)) {
      return FileContent.refused(SandboxMessages.changed(written));
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file, READ_NO_LINK)) {
      BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!file.toRealPath().equals(file) || !isChecked(now, checked)) {
        return FileContent.refused(SandboxMessages.changed(written));
      }
      return readCapped(written, Channels.newInputStream(channel));
    }
  }

  private static boolean isChecked(BasicFileAttributes now, CheckedPath checked) {
    return now.isRegularFile() && Objects.equals(now.fileKey(), checked.fileKey());
  }

  // The size was checked before, but a file can grow: never hold more than the cap.
  private FileContent readCapped(String written, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    return bytes.length > maxBytes ? FileContent.refused(SandboxMessages.tooLarge(written, maxBytes)) : FileContent.of(bytes);
  }

  /** A test's way in between the check and the opening, to swap the file deterministically. */
  @FunctionalInterface
  interface BetweenCheckAndOpen {
    BetweenCheckAndOpen NONE = file -> { };

    void run(Path checkedFile) throws IOException;
  }
}
