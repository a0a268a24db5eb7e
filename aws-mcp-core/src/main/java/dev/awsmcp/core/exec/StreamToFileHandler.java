package dev.awsmcp.core.exec;

import dev.awsmcp.core.files.OutputFile;
import dev.awsmcp.core.files.PartFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * Writes a successful streaming answer to a part file beside the sandbox-checked target and
 * renames it into place once complete ({@link PartFile}), so a failed download never leaves a
 * half-written file under the target name and a link put in its way is never followed. Error
 * answers are kept in memory for the codec to read.
 */
final class StreamToFileHandler implements HttpResponse.BodyHandler<byte[]> {
  private final OutputFile target;
  private volatile PartFile part;

  StreamToFileHandler(OutputFile target) {
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
    PartFile started;
    try {
      started = target.startPart();
    } catch (IOException e) {
      throw new UncheckedIOException(new OutfileException("cannot write " + target.path() + ": " + e.getMessage(), e));
    }
    part = started;
    return HttpResponse.BodySubscribers.fromSubscriber(new PartWriter(started), PartWriter::finish);
  }

  /** Removes a partial download after a failure. */
  void discardPartial() {
    PartFile p = part;
    if (p != null) {
      p.discard();
    }
  }

  // Writes every buffer to the part; after a write error it keeps draining the body (so the
  // exchange completes) and reports the error when the body ends.
  private static final class PartWriter implements Flow.Subscriber<List<ByteBuffer>> {
    private final PartFile part;
    private IOException failure;

    PartWriter(PartFile part) {
      this.part = part;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (failure != null) {
        return;
      }
      try {
        for (ByteBuffer b : buffers) {
          while (b.hasRemaining()) {
            part.write(b);
          }
        }
      } catch (IOException e) {
        failure = e;
      }
    }

    @Override
    public void onError(Throwable t) {
      part.discard();
    }

    @Override
    public void onComplete() {
      // finish() runs next, on the same thread.
    }

    byte[] finish() {
      try {
        if (failure != null) {
          throw failure;
        }
        part.commit();
        return new byte[0];
      } catch (IOException e) {
        part.discard();
        throw new UncheckedIOException(new OutfileException("cannot write " + part.target() + ": " + e.getMessage(), e));
      }
    }
  }
}
