package dev.awsmcp.core.policy.iam;

import dev.awsmcp.api.policy.PolicyDecision;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the guard policies decided about one call, and which statement decided it, for the agent
 * and the audit log.
 *
 * @param outcome allowed, explicitly denied, or not allowed by any Allow
 * @param policy the file name or id of the deciding policy; empty when no statement decided (a
 *     call no Deny matches while there is no Allow at all, or an implicit deny)
 * @param sid the deciding statement's Sid, if it has one
 * @param statement the deciding statement's index in its policy, from 0
 * @param reason a sentence naming the action, the resource and the statement
 */
public record GuardDecision(Outcome outcome, Optional<String> policy, Optional<String> sid, OptionalInt statement, String reason) {

  /** The three results of IAM-style evaluation. */
  public enum Outcome {
    /** Allowed: no Deny matches, and an Allow matches (or the policies contain no Allow). */
    ALLOW,
    /** A Deny statement matches: nothing else counts. */
    EXPLICIT_DENY,
    /** The policies contain Allow statements and none matches. */
    IMPLICIT_DENY
  }

  public GuardDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(sid, "sid");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(reason, "reason");
  }

  static GuardDecision by(Outcome outcome, PolicyDocument policy, Statement statement, String reason) {
    return new GuardDecision(outcome, Optional.of(policy.id()), statement.sid(), OptionalInt.of(statement.index()), reason);
  }

  static GuardDecision undecided(Outcome outcome, String reason) {
    return new GuardDecision(outcome, Optional.empty(), Optional.empty(), OptionalInt.empty(), reason);
  }

  public boolean isAllowed() {
    return outcome == Outcome.ALLOW;
  }

  /** The decision as the engine's safety layer takes it. */
  public PolicyDecision toPolicyDecision() {
    return isAllowed() ? PolicyDecision.allow() : PolicyDecision.deny(reason);
  }
}
