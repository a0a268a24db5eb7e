package dev.awsmcp.core.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * A {@code file://} value naming a named pipe is refused, not waited on: opening a pipe for
 * reading waits for a writer that may never come (and with the stdio MCP transport,
 * {@code file:///dev/stdin} would read the transport's own input). Not a data-driven bad-input
 * case because the pipe has to be made first. Should the call block, the test writes to the pipe
 * to release it and fails.
 */
@DisabledOnOs(OS.WINDOWS)
class FifoFileValueTests {
  private static final long HANG_GUARD_SECONDS = 10;

  @Test
  void aFileValueNamingANamedPipeIsRefusedNotWaitedOn(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    AwsMcp engine = TestEngines.botocore();
    String input = "aws iam create-policy --policy-name p --policy-document file://" + fifo;

    CompletableFuture<ParseResult> call = CompletableFuture.supplyAsync(() -> engine.parseAndValidate(input));
    ParseResult result;
    try {
      result = call.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      try (OutputStream release = Files.newOutputStream(fifo)) {
        release.write("{}".getBytes(StandardCharsets.US_ASCII));
      }
      call.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
      fail("no answer within " + HANG_GUARD_SECONDS + " s: the parser waited for a writer to " + fifo);
      return;
    }
    assertEquals(ErrorCode.FILE_ERROR, result.isSuccess() ? null : result.errors().get(0).code(), result::toString);
  }
}
