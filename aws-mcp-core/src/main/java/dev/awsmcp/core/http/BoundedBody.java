package dev.awsmcp.core.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer into memory, refusing one larger than a limit instead of exhausting the heap
 * (a 5 GB object asked for inline, a runaway listing, a huge documentation page). Shared by the
 * executor and the documentation client; each says what the limit means to its caller.
 */
public final class BoundedBody implements HttpResponse.BodyHandler<byte[]> {
  private final long limit;
  private final String advice;

  /**
   * @param limit the most bytes kept
   * @param advice what the caller can do instead, appended to the error ("write a download to a file")
   */
  public BoundedBody(long limit, String advice) {
    this.limit = limit;
    this.advice = advice;
  }

  /** The answer was larger than the limit. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit, String advice) {
      super("the answer is larger than " + (limit >= 1 << 20 ? (limit >> 20) + " MiB" : limit + " bytes")
          + ", the most kept in memory" + (advice.isEmpty() ? "" : "; " + advice));
    }
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    return new Subscriber(HttpResponse.BodySubscribers.ofByteArray(), limit, advice);
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final HttpResponse.BodySubscriber<byte[]> delegate;
    private final long limit;
    private final String advice;
    private Flow.Subscription subscription;
    private long received;
    private boolean failed;

    Subscriber(HttpResponse.BodySubscriber<byte[]> delegate, long limit, String advice) {
      this.delegate = delegate;
      this.limit = limit;
      this.advice = advice;
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
        // The error first: cancelling may make the client fail the exchange with its own.
        delegate.onError(new TooLarge(limit, advice));
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
