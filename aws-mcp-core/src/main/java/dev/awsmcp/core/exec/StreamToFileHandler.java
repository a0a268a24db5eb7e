package dev.awsmcp.core.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a successful streaming answer to a temporary file beside the target and moves it into
 * place once complete, so a failed download never leaves a half-written file under the target
 * name. Error answers are kept in memory for the codec to read.
 */
final class StreamToFileHandler implements HttpResponse.BodyHandler<byte[]> {
  private final Path target;
  private volatile Path temp;

  StreamToFileHandler(Path target) {
    this.target = target;
  }

  /** The output file could not be written. */
  static final class OutfileException extends IOException {
    private static final long serialVersionUID = 1L;

    OutfileException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    if (info.statusCode() < 200 || info.statusCode() >= 300) {
      return HttpResponse.BodySubscribers.ofByteArray();
    }
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
    } catch (IOException e) {
      throw new UncheckedIOException(new OutfileException("cannot write " + target + ": " + e.getMessage(), e));
    }
    HttpResponse.BodySubscriber<Path> toFile = HttpResponse.BodySubscribers.ofFile(temp);
    return HttpResponse.BodySubscribers.mapping(toFile, written -> moveIntoPlace(written));
  }

  /** Removes a partial download after a failure. */
  void discardPartial() {
    Path t = temp;
    if (t != null) {
      try {
        Files.deleteIfExists(t);
      } catch (IOException ignored) {
        // Best effort: the failure itself is reported to the caller.
      }
    }
  }

  private byte[] moveIntoPlace(Path written) {
    try {
      Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new byte[0];
    } catch (IOException e) {
      try {
        Files.deleteIfExists(written);
      } catch (IOException ignored) {
        // The move failure is what the caller must hear about.
      }
      throw new UncheckedIOException(new OutfileException("cannot move the download into " + target + ": " + e.getMessage(), e));
    }
  }

}
