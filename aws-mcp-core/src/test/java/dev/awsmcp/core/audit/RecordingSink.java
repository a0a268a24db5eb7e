package dev.awsmcp.core.audit;

import dev.awsmcp.api.AuditSink;
import dev.awsmcp.api.audit.AuditEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it is given, in order. */
final class RecordingSink implements AuditSink {
  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void record(AuditEvent event) {
    events.add(event);
  }

  List<AuditEvent> events() {
    return List.copyOf(events);
  }
}
