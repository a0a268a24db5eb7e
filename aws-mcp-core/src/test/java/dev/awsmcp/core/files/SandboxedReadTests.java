package dev.awsmcp.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmcp.api.FileContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What each mode lets a command read; the swaps between check and open are in {@link SwapRaceTests}. */
class SandboxedReadTests {
  @TempDir Path temp;
  SandboxFixture fx;

  @BeforeEach
  void files() throws Exception {
    fx = new SandboxFixture(temp);
  }

  @ParameterizedTest
  @ValueSource(strings = {"inside.txt", "./inside.txt", "sub/nested.txt", "sub/../inside.txt", "ABSOLUTE"})
  void workdirModeReadsFilesInsideTheWorkingDirectory(String written) {
    String path = written.equals("ABSOLUTE") ? fx.work.resolve("inside.txt").toString() : written;
    FileContent c = fx.sandbox(FileAccess.WORKDIR).read(path);
    assertTrue(c.isAvailable(), () -> c.refusal().orElse(""));
    assertEquals(SandboxFixture.INSIDE, SandboxFixture.text(c.bytes()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "../outside/secret.txt", "sub/../../outside/secret.txt", "SECRET", "~/secret.txt", "$HOME/secret.txt",
      "${OUT}/secret.txt", "link-to-secret", "link-to-outside/secret.txt", "/etc/passwd", "/etc/hosts",
      "/dev/stdin", "/proc/self/environ", "/", "~/no-such-file", "../outside/no-such-file"})
  void workdirModeRefusesEveryPathThatResolvesOutsideNamingTheModeAndTheWayOut(String written) {
    String path = written.equals("SECRET") ? fx.secret.toString() : written;
    FileContent c = fx.sandbox(FileAccess.WORKDIR).read(path);
    assertFalse(c.isAvailable());
    String why = c.refusal().orElseThrow();
    assertTrue(why.contains("outside the working directory"), why);
    assertTrue(why.contains(FileAccess.ENVIRONMENT_VARIABLE + "=workdir"), why);
    assertTrue(why.contains(FileAccess.ENVIRONMENT_VARIABLE + "=unrestricted"), why);
  }

  @ParameterizedTest
  @CsvSource({
      "-, standard input",
      "folder, not a regular file",
      "loop, cannot use 'loop'",
      "missing.txt, No such file or directory: 'missing.txt'"})
  void workdirModeRefusesStdinFoldersLoopsAndMissingFilesInside(String written, String reason) {
    FileContent c = fx.sandbox(FileAccess.WORKDIR).read(written);
    assertTrue(c.refusal().orElseThrow().contains(reason), c.refusal().orElseThrow());
  }

  @Test
  void aFileOverTheCapIsRefusedWithoutBeingReadWhole() throws Exception {
    Files.write(fx.work.resolve("big.bin"), new byte[11]);
    Files.write(fx.work.resolve("small.bin"), new byte[10]);
    FileSandbox sandbox = fx.sandbox(FileAccess.WORKDIR, 10, ContainedFileReader.BetweenCheckAndOpen.NONE);
    assertTrue(sandbox.read("big.bin").refusal().orElseThrow().contains("larger than 10 bytes"));
    assertEquals(10, sandbox.read("small.bin").bytes().length);
  }

  @Test
  void aNamedPipeInsideIsRefusedNotWaitedOn() throws Exception {
    Path fifo = fx.work.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    FileContent c = CompletableFuture.supplyAsync(() -> fx.sandbox(FileAccess.WORKDIR).read("pipe")).get(10, TimeUnit.SECONDS);
    assertTrue(c.refusal().orElseThrow().contains("not a regular file"));
  }

  @Test
  void unrestrictedModeReadsOutsideButStillOnlyRegularFiles() {
    FileSandbox sandbox = fx.sandbox(FileAccess.UNRESTRICTED);
    assertEquals(SandboxFixture.SECRET, SandboxFixture.text(sandbox.read("~/secret.txt").bytes()));
    assertEquals(SandboxFixture.SECRET, SandboxFixture.text(sandbox.read("link-to-secret").bytes()));
    assertEquals(SandboxFixture.INSIDE, SandboxFixture.text(sandbox.read("inside.txt").bytes()), "relative to the working directory");
    assertTrue(sandbox.read("/dev/stdin").refusal().isPresent());
    assertTrue(sandbox.read("/dev/zero").refusal().orElseThrow().contains("not a regular file"));
    assertTrue(sandbox.read("-").refusal().orElseThrow().contains("standard input"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"inside.txt", "-", "/etc/hosts", "~/secret.txt"})
  void noAccessModeReadsNoLocalFileAtAll(String written) {
    String why = fx.sandbox(FileAccess.NO_ACCESS).read(written).refusal().orElseThrow();
    assertTrue(why.contains(FileAccess.ENVIRONMENT_VARIABLE + "=no-access"), why);
  }
}
