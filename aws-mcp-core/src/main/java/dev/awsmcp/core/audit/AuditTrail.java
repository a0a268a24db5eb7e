package dev.awsmcp.core.audit;

import dev.awsmcp.api.AuditSink;
import dev.awsmcp.api.audit.AuditEvent;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.policy.PolicyDecision;
import dev.awsmcp.core.model.ServiceCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The engine's audit listener: told about every refusal, decision and call, it builds redacted
 * {@link AuditEvent}s and hands them to every configured sink. Without sinks it does nothing,
 * not even redact. Nothing here ever fails a call: a sink that throws is reported once on
 * standard error and kept; a redaction that fails records the event with no command at all.
 * Thread-safe.
 */
public final class AuditTrail {
  /** The environment variable naming an audit file, when the builder names none. */
  public static final String AUDIT_FILE_ENV = "AWS_MCP_AUDIT_FILE";
  /** The rule id of refusals by the parser and the validator. */
  public static final String VALIDATION_RULE = "validation";
  static final String UNREDACTABLE = "(command withheld: redaction failed)";

  private final List<AuditSink> sinks;
  private final SecretRedactor redactor;
  private final Optional<String> defaultProfile;
  private final Clock clock;

  AuditTrail(List<AuditSink> sinks, ServiceCatalog catalog, Optional<String> defaultProfile, Clock clock) {
    List<AuditSink> guarded = new ArrayList<>(sinks.size());
    sinks.forEach(s -> guarded.add(new GuardedSink(s, System.err)));
    this.sinks = List.copyOf(guarded);
    this.redactor = new SecretRedactor(catalog);
    this.defaultProfile = defaultProfile;
    this.clock = clock;
  }

  /**
   * The trail of an engine: the given sinks, plus a {@link JsonLinesAuditSink} on {@code file},
   * else on the file {@value #AUDIT_FILE_ENV} names in {@code environment}, if any.
   *
   * @param defaultProfile the engine's profile, recorded when a command names none
   */
  public static AuditTrail create(List<AuditSink> sinks, Optional<Path> file, Map<String, String> environment,
      ServiceCatalog catalog, Optional<String> defaultProfile) {
    List<AuditSink> all = new ArrayList<>(sinks);
    file.or(() -> Optional.ofNullable(environment.get(AUDIT_FILE_ENV)).filter(s -> !s.isBlank()).map(Path::of))
        .ifPresent(f -> all.add(JsonLinesAuditSink.create(f)));
    return new AuditTrail(all, catalog, defaultProfile, Clock.systemUTC());
  }

  /** A command the parser or the validator refused: a denial by {@value #VALIDATION_RULE}. */
  public void refused(String commandLine, List<CommandError> errors) {
    if (sinks.isEmpty()) {
      return;
    }
    String command = safely(() -> redactor.redactRaw(commandLine));
    emit(AuditEvent.builder(AuditEvent.Kind.DECISION, newCallId(), clock.instant(), command)
        .decision(PolicyDecision.Outcome.DENY)
        .rule(VALIDATION_RULE)
        .profile(defaultProfile.orElse(null))
        // Codes only: parse messages may quote the offending text, secrets included.
        .outcome(errors.isEmpty() ? null : errors.get(0).code().name())
        .build());
  }

  /** The command line with its secret values masked, as the audit records it (also what a consent prompt shows). */
  public String redacted(ParsedCommand command) {
    return safely(() -> redactor.redact(command));
  }

  /** The policy's decision about a command; the returned call records how it ends. */
  public AuditedCall decided(ParsedCommand command, PolicyDecision decision, String rule) {
    return decided(command, decision, rule, Optional.empty());
  }

  /** As {@link #decided(ParsedCommand, PolicyDecision, String)}, with a human's consent answer. */
  public AuditedCall decided(ParsedCommand command, PolicyDecision decision, String rule,
      Optional<Boolean> consentGranted) {
    return decided(command, decision, rule, consentGranted, Optional.empty());
  }

  /** As above, naming who asked ({@link dev.awsmcp.api.exec.CallOptions#caller()}). */
  public AuditedCall decided(ParsedCommand command, PolicyDecision decision, String rule,
      Optional<Boolean> consentGranted, Optional<String> caller) {
    if (sinks.isEmpty()) {
      return AuditedCall.NONE;
    }
    Set<String> secrets = safelyCollect(command);
    AuditedCall call = new AuditedCall(this, newCallId(), safely(() -> redactor.redact(command)), command,
        decision, rule, safely(() -> SecretRedactor.redactText(decision.reason(), secrets)), caller);
    emit(call.event(AuditEvent.Kind.DECISION, clock.instant()).consentGranted(consentGranted.orElse(null)).build());
    return call;
  }

  Optional<String> profileOf(ParsedCommand command) {
    return command.profile().or(() -> defaultProfile);
  }

  Clock clock() {
    return clock;
  }

  void emit(AuditEvent event) {
    for (AuditSink sink : sinks) {
      sink.record(event);
    }
  }

  private Set<String> safelyCollect(ParsedCommand command) {
    try {
      return redactor.secretsOf(command);
    } catch (RuntimeException e) {
      return Set.of();
    }
  }

  // Redaction is a bug-free zone until it is not: then the event goes without the command.
  private static String safely(Supplier<String> redaction) {
    try {
      return redaction.get();
    } catch (RuntimeException | StackOverflowError e) {
      return UNREDACTABLE;
    }
  }

  private static String newCallId() {
    return UUID.randomUUID().toString();
  }
}
