package dev.awsmcp.core.exec;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds a blocking call by interrupting the thread that makes it. The JDK client's synchronous
 * {@code send} is a good deal faster than {@code sendAsync(...).get(timeout)} (no hand-off to
 * another thread for the answer), but its own timeout ends at the response headers; this bounds
 * the body too. {@link #close()} guarantees no interrupt arrives after it returns.
 */
final class CallDeadline implements AutoCloseable {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "aws-mcp-deadline");
    t.setDaemon(true);
    return t;
  });
  private static final int ARMED = 0;
  private static final int DISARMED = 1;
  private static final int FIRED = 2;

  private final AtomicInteger state = new AtomicInteger(ARMED);
  private final ScheduledFuture<?> alarm;

  private CallDeadline(Thread caller, Duration limit) {
    this.alarm = TIMER.schedule(() -> {
      if (state.compareAndSet(ARMED, FIRED)) {
        caller.interrupt();
      }
    }, limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Interrupts the current thread once {@code limit} has passed, unless closed before. */
  static CallDeadline start(Duration limit) {
    return new CallDeadline(Thread.currentThread(), limit);
  }

  /** Whether the deadline passed (the interrupt was the deadline's, not a caller's). */
  boolean expired() {
    return state.get() == FIRED;
  }

  @Override
  public void close() {
    if (state.compareAndSet(ARMED, DISARMED)) {
      alarm.cancel(false);
      return;
    }
    // It fired: wait for the interrupt to have been delivered, then take it back.
    try {
      alarm.get();
    } catch (InterruptedException e) {
      // The deadline's own interrupt arriving while we wait: cleared below.
    } catch (ExecutionException e) {
      // Interrupting cannot fail.
    }
    Thread.interrupted();
  }
}
