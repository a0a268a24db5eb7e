package dev.awsmcp.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing an allowed output: in place only when complete, and never through a swapped folder or link. */
class PartFileTests {
  @TempDir Path temp;
  SandboxFixture fx;

  @BeforeEach
  void files() throws Exception {
    fx = new SandboxFixture(temp);
  }

  private static void write(PartFile part, String text) throws IOException {
    part.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theTargetAppearsOnlyOnCommitAndADiscardLeavesNothing() throws Exception {
    OutputFile out = fx.sandbox(FileAccess.WORKDIR).outputFile("sub/out.txt");
    try (PartFile part = out.startPart()) {
      write(part, "done");
      assertFalse(Files.exists(out.path()));
      part.commit();
    }
    assertEquals("done", Files.readString(out.path()));
    try (PartFile abandoned = out.startPart()) {
      write(abandoned, "half");
    }
    assertEquals("done", Files.readString(out.path()));
    try (var listing = Files.list(fx.work.resolve("sub"))) {
      assertEquals(2, listing.count(), "nested.txt and out.txt, no part left");
    }
  }

  @Test
  void aCheckedFolderSwappedForALinkOutsideIsNotWrittenInto() throws Exception {
    OutputFile out = fx.sandbox(FileAccess.WORKDIR).outputFile("sub/out.txt");
    Path sub = fx.work.resolve("sub");
    Files.move(sub, fx.work.resolve("sub-moved"));
    Files.createSymbolicLink(sub, fx.outside);
    assertThrows(IOException.class, out::startPart);
    try (var listing = Files.list(fx.outside)) {
      assertEquals(1, listing.count(), "only secret.txt");
    }
  }

  @Test
  void aLinkPutUnderTheTargetNameAfterTheCheckIsReplacedNotFollowed() throws Exception {
    OutputFile out = fx.sandbox(FileAccess.WORKDIR).outputFile("out.txt");
    Files.createSymbolicLink(fx.work.resolve("out.txt"), fx.secret);
    try (PartFile part = out.startPart()) {
      write(part, "mine");
      part.commit();
    }
    assertEquals(SandboxFixture.SECRET, Files.readString(fx.secret));
    assertFalse(Files.isSymbolicLink(fx.work.resolve("out.txt")));
    assertEquals("mine", Files.readString(fx.work.resolve("out.txt")));
  }

  @Test
  void aRefusedOutputCannotBeStarted() {
    OutputFile out = fx.sandbox(FileAccess.WORKDIR).outputFile("../outside/x");
    assertTrue(out.refusal().orElseThrow().contains("outside the working directory"));
    assertThrows(IllegalStateException.class, out::startPart);
  }
}
