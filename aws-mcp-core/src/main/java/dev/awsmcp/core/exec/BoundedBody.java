package dev.awsmcp.core.exec;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer into memory, refusing one larger than a limit instead of exhausting the heap
 * (a 5 GB object asked for inline, a runaway listing).
 */
final class BoundedBody implements HttpResponse.BodyHandler<byte[]> {
  private final long limit;

  BoundedBody(long limit) {
    this.limit = limit;
  }

  /** The answer was larger than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the answer is larger than " + (limit >> 20) + " MiB, the most this engine keeps in memory;"
          + " write a download to a file (outfile) or narrow the request");
    }
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    return new Subscriber(HttpResponse.BodySubscribers.ofByteArray(), limit);
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final HttpResponse.BodySubscriber<byte[]> delegate;
    private final long limit;
    private Flow.Subscription subscription;
    private long received;
    private boolean failed;

    Subscriber(HttpResponse.BodySubscriber<byte[]> delegate, long limit) {
      this.delegate = delegate;
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return delegate.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      this.subscription = s;
      delegate.onSubscribe(s);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (failed) {
        return;
      }
      for (ByteBuffer b : items) {
        received += b.remaining();
      }
      if (received > limit) {
        failed = true;
        subscription.cancel();
        delegate.onError(new TooLarge(limit));
        return;
      }
      delegate.onNext(items);
    }

    @Override
    public void onError(Throwable t) {
      if (!failed) {
        delegate.onError(t);
      }
    }

    @Override
    public void onComplete() {
      if (!failed) {
        delegate.onComplete();
      }
    }
  }
}
