package dev.awsmcp.api;

import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.policy.PolicyDecision;

/**
 * Decides, before anything is sent, whether a parsed and validated command may run: allowed,
 * refused, or allowed only with a human's consent. Implementations are thread-safe and never
 * need the network.
 */
@FunctionalInterface
public interface SafetyPolicy {

  PolicyDecision evaluate(ParsedCommand command);

  /** A policy that allows everything: IAM alone guards the calls. */
  static SafetyPolicy allowAll() {
    return command -> PolicyDecision.allow();
  }
}
