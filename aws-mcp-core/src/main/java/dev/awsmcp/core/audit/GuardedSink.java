package dev.awsmcp.core.audit;

import dev.awsmcp.api.AuditSink;
import dev.awsmcp.api.audit.AuditEvent;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A sink that cannot break a call: whatever the wrapped sink throws is swallowed, and the first
 * failure is reported on standard error by the exception's type alone (its message might quote
 * the event). Thread-safe if the wrapped sink is.
 */
final class GuardedSink implements AuditSink {
  private final AuditSink sink;
  private final PrintStream errors;
  private final AtomicBoolean reported = new AtomicBoolean();

  GuardedSink(AuditSink sink, PrintStream errors) {
    this.sink = sink;
    this.errors = errors;
  }

  @Override
  public void record(AuditEvent event) {
    try {
      sink.record(event);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      if (reported.compareAndSet(false, true)) {
        errors.println("aws-mcp: the audit sink " + sink.getClass().getName() + " failed with "
            + e.getClass().getName() + "; its events may be lost, and further failures are not reported");
      }
    }
  }
}
