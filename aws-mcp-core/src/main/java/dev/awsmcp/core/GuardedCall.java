package dev.awsmcp.core;

import dev.awsmcp.api.CommandParser;
import dev.awsmcp.api.Executor;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.policy.ConsentAnswer;
import dev.awsmcp.api.policy.ConsentRequest;
import dev.awsmcp.api.policy.PolicyDecision;
import dev.awsmcp.core.audit.AuditTrail;
import dev.awsmcp.core.policy.CallBudget;
import dev.awsmcp.core.policy.ConsentGate;
import dev.awsmcp.core.policy.EnginePolicy;
import dev.awsmcp.core.policy.OperationClass;
import java.util.Optional;
import java.util.Set;

/**
 * What happens to a parsed command before and while it runs: the policy's decision, consent,
 * the budget, execution, each step audited. One instance per engine; thread-safe.
 */
final class GuardedCall {
  private final EnginePolicy policy;
  private final ConsentGate consent;
  private final CallBudget budget;
  private final AuditTrail audit;
  private final Executor executor;
  private final CommandParser parser;

  GuardedCall(EnginePolicy policy, ConsentGate consent, CallBudget budget, AuditTrail audit, Executor executor,
      CommandParser parser) {
    this.policy = policy;
    this.consent = consent;
    this.budget = budget;
    this.audit = audit;
    this.executor = executor;
    this.parser = parser;
  }

  /**
   * The pipeline after parsing: policy, consent, budget, execution, each step audited.
   *
   * @param consentGiven the human already approved this command (a {@code --region *} command is
   *     asked about once, for all its regions)
   */
  CallResult run(ParsedCommand command, CallOptions options, boolean consentGiven) {
    return run(command, options, consentGiven, true);
  }

  /** @param budgeted whether the call counts against the budget (the engine's own lookups do not) */
  private CallResult run(ParsedCommand command, CallOptions options, boolean consentGiven, boolean budgeted) {
    PolicyDecision decision = policy.evaluate(command);
    String rule = rule(decision);
    if (decision.outcome() == PolicyDecision.Outcome.DENY) {
      audit.decided(command, decision, rule, Optional.empty(), options.caller());
      return CallResult.failure(CommandError.of(ErrorCode.POLICY_DENIED, decision.reason()));
    }
    Optional<Boolean> consented = Optional.empty();
    if (decision.outcome() == PolicyDecision.Outcome.REQUIRE_CONSENT) {
      Optional<CommandError> refused = consentGiven ? Optional.empty() : askConsent(command, decision, options);
      consented = Optional.of(refused.isEmpty());
      if (refused.isPresent()) {
        audit.decided(command, decision, rule, consented, options.caller());
        return CallResult.failure(refused.get());
      }
    }
    // Classified again only when a budget needs it: the policy's verdict does not carry the class.
    if (budgeted && command.kind() == CommandKind.OPERATION && budget.isLimited()) {
      Optional<String> spent = budget.take(policy.classify(command).operationClass() != OperationClass.READ_ONLY);
      if (spent.isPresent()) {
        audit.decided(command, PolicyDecision.deny("budget", spent.get()), "budget", consented, options.caller());
        return CallResult.failure(CommandError.of(ErrorCode.BUDGET_EXCEEDED, spent.get()));
      }
    }
    return audit.decided(command, decision, rule, consented, options.caller()).finished(executor.execute(command, options));
  }

  private static String rule(PolicyDecision decision) {
    return decision.rule().isEmpty() ? decision.outcome().name().toLowerCase(java.util.Locale.ROOT) : decision.rule();
  }

  // What a --region * command needs from the engine: the same steps as any command.
  RegionFanOut.Pipeline fanOutPipeline() {
    return new RegionFanOut.Pipeline() {
      @Override
      public PolicyDecision evaluate(ParsedCommand command) {
        return policy.evaluate(command);
      }

      @Override
      public boolean changesSomething(ParsedCommand command) {
        return policy.classify(command).operationClass() == OperationClass.MUTATING;
      }

      @Override
      public Optional<CommandError> askConsent(ParsedCommand command, PolicyDecision decision, CallOptions options) {
        Optional<CommandError> refused = GuardedCall.this.askConsent(command, decision, options);
        if (refused.isPresent()) {
          audit.decided(command, decision, rule(decision), Optional.of(false), options.caller());
        }
        return refused;
      }

      @Override
      public void refused(ParsedCommand command, CommandError error, CallOptions options) {
        audit.decided(command, PolicyDecision.deny("region-fan-out", error.message()), "region-fan-out", Optional.empty(),
            options.caller());
      }

      @Override
      public CallResult run(ParsedCommand command, CallOptions options, boolean consentGiven) {
        return GuardedCall.this.run(command, options, consentGiven);
      }

      @Override
      public Optional<Set<String>> allowedRegions() {
        return policy.settings().allowedRegions();
      }

      @Override
      public CallResult lookUp(String commandLine, CallOptions options) {
        ParseResult parsed = parser.parse(commandLine);
        if (!parsed.isSuccess()) {
          return CallResult.failure(parsed.errors());
        }
        // A request like any other as far as the policy and the audit go (a profile outside the
        // allow-list or a deny rule stops it before anything is sent); left out of the budget, as
        // the engine's own call, made once an hour at most.
        CallOptions own = options.consentHandler().map(CallOptions.defaults()::withConsentHandler).orElse(CallOptions.defaults());
        own = options.caller().map(own::withCaller).orElse(own);
        return GuardedCall.this.run(parsed.command(), own, false, false);
      }
    };
  }

  private Optional<CommandError> askConsent(ParsedCommand command, PolicyDecision decision, CallOptions options) {
    // The human sees the command with its secret values masked, as the audit records it.
    ConsentRequest request = new ConsentRequest(audit.redacted(command), command.cliService(), command.cliOperation(),
        decision.reason(), policy.settings().consentTimeout());
    // A call's own handler (the MCP session it came from) wins over the engine's.
    ConsentAnswer answer = options.consentHandler().isPresent() ? consent.ask(options.consentHandler().get(), request)
        : consent.ask(request);
    switch (answer) {
      case APPROVED:
        return Optional.empty();
      case UNAVAILABLE:
        return Optional.of(CommandError.of(ErrorCode.CONSENT_DECLINED, "this command needs a human's consent, and no"
            + " one can be asked here (the client cannot ask: it has no consent prompts, or the server runs without"
            + " sessions): " + decision.reason() + ". Use a client that supports consent prompts (MCP elicitation) with"
            + " a server that keeps sessions, or have the user change the rule '" + decision.rule() + "' to allow it."));
      default:
        return Optional.of(CommandError.of(ErrorCode.CONSENT_DECLINED, "the user declined (or did not answer within "
            + policy.settings().consentTimeout().toSeconds() + " s): " + decision.reason()));
    }
  }
}
