package dev.awsmcp.core.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmcp.api.FileContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path swapped between the sandbox's check and its opening, done deterministically through
 * the hook between the two: whatever took the checked file's place, the secret outside never
 * comes back. Each test also asserts that the swap really happened.
 */
class SwapRaceTests {
  @TempDir Path temp;
  SandboxFixture fx;

  @BeforeEach
  void files() throws Exception {
    fx = new SandboxFixture(temp);
  }

  private FileContent readSwapping(String written, ContainedFileReader.BetweenCheckAndOpen swap) {
    return fx.sandbox(FileAccess.WORKDIR, FileSandbox.DEFAULT_MAX_BYTES, swap).read(written);
  }

  private static void assertNoSecret(FileContent c) {
    assertFalse(c.isAvailable(), () -> "read " + SandboxFixture.text(c.bytes()));
    assertFalse(c.refusal().orElseThrow().contains(SandboxFixture.SECRET));
  }

  @Test
  void aCheckedFileReplacedByALinkToASecretIsNotRead() {
    Path file = fx.work.resolve("inside.txt");
    FileContent c = readSwapping("inside.txt", checked -> {
      Files.delete(file);
      Files.createSymbolicLink(file, fx.secret);
    });
    assertTrue(Files.isSymbolicLink(file));
    assertNoSecret(c);
  }

  @Test
  void aCheckedFolderReplacedByALinkToAFolderOutsideIsNotEntered() throws Exception {
    Files.writeString(fx.outside.resolve("nested.txt"), SandboxFixture.SECRET);
    Path sub = fx.work.resolve("sub");
    FileContent c = readSwapping("sub/nested.txt", checked -> {
      Files.move(sub, fx.work.resolve("sub-moved"));
      Files.createSymbolicLink(sub, fx.outside);
    });
    assertTrue(Files.isSymbolicLink(sub));
    assertNoSecret(c);
  }

  @Test
  void aCheckedFileReplacedByAnotherRegularFileIsRefusedAsChanged() throws Exception {
    Path decoy = Files.writeString(fx.work.resolve("decoy.txt"), "another file");
    FileContent c = readSwapping("inside.txt", checked ->
        Files.move(decoy, fx.work.resolve("inside.txt"), StandardCopyOption.REPLACE_EXISTING));
    assertFalse(Files.exists(decoy));
    assertTrue(c.refusal().orElseThrow().contains("changed while it was being opened"), c.refusal().orElseThrow());
  }

  @Test
  void aCheckedFileReplacedByANamedPipeIsRefusedBeforeTheOpenCouldBlock() throws Exception {
    Path file = fx.work.resolve("inside.txt");
    assumeTrue(new ProcessBuilder("mkfifo", fx.work.resolve("probe").toString()).start().waitFor() == 0, "no mkfifo");
    CompletableFuture<FileContent> read = CompletableFuture.supplyAsync(() -> readSwapping("inside.txt", checked -> {
      Files.delete(file);
      try {
        new ProcessBuilder("mkfifo", file.toString()).start().waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    FileContent c = read.get(10, TimeUnit.SECONDS);
    assertFalse(Files.isRegularFile(file));
    assertTrue(c.refusal().orElseThrow().contains("changed while it was being opened"), c.refusal().orElseThrow());
  }
}
