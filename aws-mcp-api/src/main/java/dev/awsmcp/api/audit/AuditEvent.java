package dev.awsmcp.api.audit;

import dev.awsmcp.api.policy.PolicyDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit: either the decision about a command ({@link Kind#DECISION}) or the
 * call that followed an allowing decision ({@link Kind#CALL}). Both carry the same {@link
 * #callId()}, so a reader can join them; each is complete enough to be read alone. Immutable.
 *
 * <p>The command is redacted before an event is built: secret values (passwords, secret
 * strings, tokens, keys, private keys) appear as {@code ****}. An event never holds a response
 * body. {@link #toString()} still leaves out the command and the reason, so that an event logged
 * by mistake shows nothing an unredacted value could hide in.
 */
public final class AuditEvent {

  /** What an event records. */
  public enum Kind {
    /** What the safety layer said about a command (validation refusals included). */
    DECISION,
    /** A command that was allowed and went to the executor: how it ended. */
    CALL
  }

  private final Kind kind;
  private final String callId;
  private final Instant time;
  private final String command;
  private final Optional<String> service;
  private final Optional<String> operation;
  private final PolicyDecision.Outcome decision;
  private final Optional<String> rule;
  private final Optional<String> reason;
  private final Optional<Boolean> consentGranted;
  private final Optional<String> profile;
  private final Optional<String> caller;
  private final Optional<String> region;
  private final Optional<Duration> duration;
  private final Optional<String> outcome;
  private final Optional<String> serviceErrorCode;
  private final Optional<String> requestId;
  private final Optional<Integer> httpStatus;

  private AuditEvent(Builder b) {
    this.kind = b.kind;
    this.callId = b.callId;
    this.time = b.time;
    this.command = b.command;
    this.service = Optional.ofNullable(b.service);
    this.operation = Optional.ofNullable(b.operation);
    this.decision = Objects.requireNonNull(b.decision, "decision");
    this.rule = Optional.ofNullable(b.rule);
    this.reason = Optional.ofNullable(b.reason);
    this.consentGranted = Optional.ofNullable(b.consentGranted);
    this.profile = Optional.ofNullable(b.profile);
    this.caller = Optional.ofNullable(b.caller);
    this.region = Optional.ofNullable(b.region);
    this.duration = Optional.ofNullable(b.duration);
    this.outcome = Optional.ofNullable(b.outcome);
    this.serviceErrorCode = Optional.ofNullable(b.serviceErrorCode);
    this.requestId = Optional.ofNullable(b.requestId);
    this.httpStatus = Optional.ofNullable(b.httpStatus);
    if (kind == Kind.CALL && outcome.isEmpty()) {
      throw new IllegalArgumentException("a CALL event needs an outcome");
    }
  }

  /**
   * A builder for the fields every event has.
   *
   * @param command the command line, already redacted
   */
  public static Builder builder(Kind kind, String callId, Instant time, String command) {
    return new Builder(kind, callId, time, command);
  }

  public Kind kind() { return kind; }
  /** Joins the decision and the call of one command; unique per engine call. */
  public String callId() { return callId; }
  public Instant time() { return time; }
  /** The command line with every secret value replaced by {@code ****}. */
  public String command() { return command; }
  /** The service as the CLI names it ({@code s3api}); empty when the line did not parse. */
  public Optional<String> service() { return service; }
  /** The operation as the CLI names it ({@code put-object}); empty when the line did not parse. */
  public Optional<String> operation() { return operation; }
  /** What was decided; a {@link Kind#CALL} only follows {@code ALLOW}. */
  public PolicyDecision.Outcome decision() { return decision; }
  /**
   * The rule that decided, as an id: {@code validation}, {@code read-only}, {@code deny-list:aws
   * iam *}, {@code guard-policy:file.json#Sid}, ...
   */
  public Optional<String> rule() { return rule; }
  /** Why, as told to the agent (redacted like the command); empty for a plain allow. */
  public Optional<String> reason() { return reason; }
  /** A human's answer to a consent request, when one was asked. */
  public Optional<Boolean> consentGranted() { return consentGranted; }
  public Optional<String> profile() { return profile; }
  /** Who asked, as the surface authenticated them (an HTTP bearer token's subject), when known. */
  public Optional<String> caller() { return caller; }
  public Optional<String> region() { return region; }
  /** Wall-clock time of the call ({@link Kind#CALL} only). */
  public Optional<Duration> duration() { return duration; }
  /** {@code ok}, or the engine's error code ({@code SERVICE_ERROR}, {@code VALIDATION_ERROR}, ...). */
  public Optional<String> outcome() { return outcome; }
  /** AWS's error code ({@code AccessDenied}, ...) when the service refused the call. */
  public Optional<String> serviceErrorCode() { return serviceErrorCode; }
  public Optional<String> requestId() { return requestId; }
  public Optional<Integer> httpStatus() { return httpStatus; }

  @Override
  public String toString() {
    return "AuditEvent[" + kind + " " + callId + " " + service.orElse("?") + " " + operation.orElse("?")
        + " " + decision + rule.map(r -> " by " + r).orElse("") + outcome.map(o -> " -> " + o).orElse("") + "]";
  }

  /** Builds an {@link AuditEvent}. Not thread-safe. */
  public static final class Builder {
    private final Kind kind;
    private final String callId;
    private final Instant time;
    private final String command;
    private String service;
    private String operation;
    private PolicyDecision.Outcome decision;
    private String rule;
    private String reason;
    private Boolean consentGranted;
    private String profile;
    private String caller;
    private String region;
    private Duration duration;
    private String outcome;
    private String serviceErrorCode;
    private String requestId;
    private Integer httpStatus;

    private Builder(Kind kind, String callId, Instant time, String command) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.callId = Objects.requireNonNull(callId, "callId");
      this.time = Objects.requireNonNull(time, "time");
      this.command = Objects.requireNonNull(command, "command");
    }

    public Builder service(String v) { service = v; return this; }
    public Builder operation(String v) { operation = v; return this; }
    public Builder decision(PolicyDecision.Outcome v) { decision = v; return this; }
    public Builder rule(String v) { rule = v; return this; }
    /** Blank reasons are left out. */
    public Builder reason(String v) { reason = v == null || v.isBlank() ? null : v; return this; }
    public Builder consentGranted(Boolean v) { consentGranted = v; return this; }
    public Builder profile(String v) { profile = v; return this; }
    public Builder caller(String v) { caller = v; return this; }
    public Builder region(String v) { region = v; return this; }
    public Builder duration(Duration v) { duration = v; return this; }
    public Builder outcome(String v) { outcome = v; return this; }
    public Builder serviceErrorCode(String v) { serviceErrorCode = v; return this; }
    public Builder requestId(String v) { requestId = v; return this; }
    public Builder httpStatus(Integer v) { httpStatus = v; return this; }

    public AuditEvent build() {
      return new AuditEvent(this);
    }
  }
}
