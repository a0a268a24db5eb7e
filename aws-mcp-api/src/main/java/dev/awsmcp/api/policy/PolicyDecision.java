package dev.awsmcp.api.policy;

import java.util.Objects;

/**
 * What a {@link dev.awsmcp.api.SafetyPolicy} decided about one command.
 *
 * @param outcome allow, deny, or ask a human first
 * @param reason why, written for the agent and the human (empty for a plain allow)
 */
public record PolicyDecision(Outcome outcome, String reason) {
  private static final PolicyDecision ALLOW = new PolicyDecision(Outcome.ALLOW, "");

  /** The three things a policy can say. */
  public enum Outcome { ALLOW, DENY, REQUIRE_CONSENT }

  public PolicyDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  public static PolicyDecision allow() {
    return ALLOW;
  }

  public static PolicyDecision deny(String reason) {
    return new PolicyDecision(Outcome.DENY, reason);
  }

  public static PolicyDecision requireConsent(String reason) {
    return new PolicyDecision(Outcome.REQUIRE_CONSENT, reason);
  }
}
