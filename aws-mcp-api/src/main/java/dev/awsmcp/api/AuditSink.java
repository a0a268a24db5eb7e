package dev.awsmcp.api;

import dev.awsmcp.api.audit.AuditEvent;

/**
 * Receives one {@link AuditEvent} per policy decision and one per executed call. The engine
 * hands every sink the same events, already redacted: no secret value of the command reaches a
 * sink, and no response body is ever part of an event.
 *
 * <p>Implementations are thread-safe (calls run concurrently) and must not throw; the engine
 * guards against a sink that does anyway, so a broken sink never breaks a call. Recording runs on
 * the calling thread, so a slow sink slows calls: hand events to a queue if delivery is slow.
 */
@FunctionalInterface
public interface AuditSink {

  void record(AuditEvent event);

  /** A sink that drops every event. */
  static AuditSink none() {
    return event -> {};
  }
}
