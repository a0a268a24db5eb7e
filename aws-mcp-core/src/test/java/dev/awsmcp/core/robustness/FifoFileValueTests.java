package dev.awsmcp.core.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code file://} value naming a named pipe: opening it for reading waits for a writer that may
 * never come, so the parse never answers. (With the stdio MCP transport, {@code file:///dev/stdin}
 * is the same wait on the transport's own input.) Known bug: this test checks that the call still
 * blocks, releases it by writing to the pipe, and fails once the engine refuses such files, so
 * that it can become an ordinary bad-input case expecting {@code FILE_ERROR}.
 */
@DisabledOnOs(OS.WINDOWS)
class FifoFileValueTests {
  private static final long WAIT_MILLIS = 2_000;

  @Test
  void aFileValueNamingANamedPipeIsKnownToWaitForAWriter(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    AwsMcp engine = TestEngines.botocore();
    engine.parseAndValidate("aws iam list-users");
    String input = "aws iam create-policy --policy-name p --policy-document file://" + fifo;

    CompletableFuture<ParseResult> call = CompletableFuture.supplyAsync(() -> engine.parseAndValidate(input));
    boolean blocked;
    try {
      call.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
      blocked = false;
    } catch (TimeoutException e) {
      blocked = true;
    }
    if (blocked) {
      try (OutputStream release = Files.newOutputStream(fifo)) {
        release.write("{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      }
      call.get(10, TimeUnit.SECONDS);
    }
    assertTrue(blocked, () -> "fixed: the call answered without a writer (" + call.join()
        + "); make this a bad-input case that expects FILE_ERROR and drop this test");
  }
}
