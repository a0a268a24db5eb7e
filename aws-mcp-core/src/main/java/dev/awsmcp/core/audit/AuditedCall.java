package dev.awsmcp.core.audit;

import dev.awsmcp.api.audit.AuditEvent;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.exec.ServiceError;
import dev.awsmcp.api.policy.PolicyDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One decided command on its way through the executor: {@link #finished} records how the call
 * ended, with its duration measured from the decision. Used by one thread, once.
 */
public final class AuditedCall {
  static final AuditedCall NONE = new AuditedCall(null, "", "", null, PolicyDecision.allow(), "", "", Optional.empty());

  private final AuditTrail trail;
  private final String callId;
  private final String command;
  private final ParsedCommand parsed;
  private final PolicyDecision decision;
  private final String rule;
  private final String reason;
  private final Optional<String> caller;
  private final long startNanos = System.nanoTime();

  AuditedCall(AuditTrail trail, String callId, String command, ParsedCommand parsed, PolicyDecision decision,
      String rule, String reason, Optional<String> caller) {
    this.trail = trail;
    this.callId = callId;
    this.command = command;
    this.parsed = parsed;
    this.decision = decision;
    this.rule = rule;
    this.reason = reason;
    this.caller = caller;
  }

  /** Records the executor's result (never its response) and returns it unchanged. */
  public CallResult finished(CallResult result) {
    if (trail == null) {
      return result;
    }
    try {
      record(result);
    } catch (RuntimeException e) {
      // the audit never fails a call; sinks report their own failures
    }
    return result;
  }

  private void record(CallResult result) {
    Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
    Optional<ServiceError> serviceError = result.serviceError();
    trail.emit(event(AuditEvent.Kind.CALL, trail.clock().instant())
        .duration(took)
        .outcome(result.error().map(e -> e.code().name()).orElse("ok"))
        .serviceErrorCode(serviceError.map(ServiceError::code).orElse(null))
        .requestId(result.requestId().or(() -> serviceError.flatMap(ServiceError::requestId)).orElse(null))
        .httpStatus(result.httpStatus().or(() -> serviceError.map(ServiceError::httpStatus)).orElse(null))
        .build());
  }

  AuditEvent.Builder event(AuditEvent.Kind kind, Instant time) {
    return AuditEvent.builder(kind, callId, time, command)
        .service(parsed.cliService())
        .operation(parsed.cliOperation())
        .decision(decision.outcome())
        .rule(rule)
        .reason(reason)
        .profile(trail.profileOf(parsed).orElse(null))
        .region(parsed.region())
        .caller(caller.orElse(null));
  }
}
