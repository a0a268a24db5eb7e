package dev.awsmcp.core.docs;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer into memory and gives up, cancelling the download, once it passes a size cap:
 * a runaway or hostile page cannot exhaust the heap.
 */
final class CappedBody implements HttpResponse.BodyHandler<byte[]> {
  private final long cap;

  CappedBody(long cap) {
    this.cap = cap;
  }

  /** The answer passed the cap. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long cap) {
      super("the answer is larger than " + cap + " bytes, the most the documentation client reads");
    }
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    return new Subscriber(HttpResponse.BodySubscribers.ofByteArray(), cap);
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final HttpResponse.BodySubscriber<byte[]> delegate;
    private final long cap;
    private Flow.Subscription subscription;
    private long received;
    private boolean failed;

    Subscriber(HttpResponse.BodySubscriber<byte[]> delegate, long cap) {
      this.delegate = delegate;
      this.cap = cap;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return delegate.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
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
      if (received > cap) {
        failed = true;
        // The error first: cancelling may make the client fail the exchange with its own.
        delegate.onError(new TooLarge(cap));
        subscription.cancel();
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
