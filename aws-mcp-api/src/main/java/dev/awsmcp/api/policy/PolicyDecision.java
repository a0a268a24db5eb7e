package dev.awsmcp.api.policy;

import java.util.Objects;

/**
 * What a {@link dev.awsmcp.api.SafetyPolicy} decided about one command.
 *
 * @param outcome allow, deny, or ask a human first
 * @param reason why, written for the agent and the human (empty for a plain allow)
 * @param rule which rule decided, as a stable id for audit and for telling a user what to change
 *     ({@code read-only}, {@code deny-list:aws iam *}, {@code guard-policy:deny-mcp.json#Sid});
 *     empty when no rule applied
 */
public record PolicyDecision(Outcome outcome, String reason, String rule) {
  private static final PolicyDecision ALLOW = new PolicyDecision(Outcome.ALLOW, "", "");

  /** The three things a policy can say. */
  public enum Outcome { ALLOW, DENY, REQUIRE_CONSENT }

  public PolicyDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rule, "rule");
  }

  /** A decision no named rule made. */
  public PolicyDecision(Outcome outcome, String reason) {
    this(outcome, reason, "");
  }

  public static PolicyDecision allow() {
    return ALLOW;
  }

  /** Allowed by a rule that says so explicitly (an allow-list entry, say). */
  public static PolicyDecision allow(String rule) {
    return new PolicyDecision(Outcome.ALLOW, "", rule);
  }

  public static PolicyDecision deny(String reason) {
    return new PolicyDecision(Outcome.DENY, reason, "");
  }

  public static PolicyDecision deny(String rule, String reason) {
    return new PolicyDecision(Outcome.DENY, reason, rule);
  }

  public static PolicyDecision requireConsent(String reason) {
    return new PolicyDecision(Outcome.REQUIRE_CONSENT, reason, "");
  }

  public static PolicyDecision requireConsent(String rule, String reason) {
    return new PolicyDecision(Outcome.REQUIRE_CONSENT, reason, rule);
  }

  public boolean isAllowed() {
    return outcome == Outcome.ALLOW;
  }
}
