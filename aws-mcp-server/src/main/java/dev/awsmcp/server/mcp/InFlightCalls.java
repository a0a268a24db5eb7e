package dev.awsmcp.server.mcp;

import java.time.Duration;

/**
 * Counts tool calls under way, so the server, told to stop when the client closes its input,
 * lets a running call finish (bounded) rather than cutting it off between sending a request to
 * AWS and recording its outcome in the audit. Thread-safe.
 */
final class InFlightCalls {
  private int running;

  synchronized void enter() {
    running++;
  }

  synchronized void exit() {
    running--;
    if (running == 0) {
      notifyAll();
    }
  }

  /** Waits until no call runs, or {@code limit} passed; true when none runs. */
  synchronized boolean awaitIdle(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (running > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
