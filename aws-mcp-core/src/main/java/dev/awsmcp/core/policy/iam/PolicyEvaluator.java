package dev.awsmcp.core.policy.iam;

import java.util.List;
import java.util.Optional;

/**
 * IAM evaluation with the semantics of a guardrail. A matching Deny wins over everything. When
 * any guard policy has an Allow statement, every permission the call needs must be allowed by
 * one (an allow-list); with only Deny statements, whatever no Deny matches passes. A Deny whose
 * actions or resources might include the call's (an unknown resource, a prefix partly covered,
 * an unmapped high-level command) applies: the guard fails closed. An Allow must cover both for
 * sure.
 */
final class PolicyEvaluator {
  private final List<PolicyDocument> policies;
  private final boolean allowList;

  PolicyEvaluator(List<PolicyDocument> policies) {
    this.policies = List.copyOf(policies);
    this.allowList = this.policies.stream().anyMatch(PolicyDocument::hasAllow);
  }

  GuardDecision evaluate(RequestContext request) {
    for (Access access : request.accesses()) {
      Optional<GuardDecision> denied = deny(access, request);
      if (denied.isPresent()) {
        return denied.get();
      }
    }
    if (!allowList) {
      return GuardDecision.undecided(GuardDecision.Outcome.ALLOW,
          "no guard policy statement denies " + describe(request.accesses()));
    }
    GuardDecision first = null;
    for (Access access : request.accesses()) {
      GuardDecision allowed = allow(access, request);
      if (!allowed.isAllowed()) {
        return allowed;
      }
      first = first == null ? allowed : first;
    }
    return first;
  }

  private Optional<GuardDecision> deny(Access access, RequestContext request) {
    for (PolicyDocument policy : policies) {
      for (Statement s : policy.statements()) {
        if (s.effect() != Effect.DENY) {
          continue;
        }
        Coverage match = both(s.appliesToAction(access.action()), s.appliesToResource(access.resource(), request));
        if (match == Coverage.NONE || !s.conditionsHold(request)) {
          continue;
        }
        if (match == Coverage.ALL) {
          return Optional.of(GuardDecision.by(GuardDecision.Outcome.EXPLICIT_DENY, policy, s,
              access + " is denied by guard policy \"" + policy.id() + "\", " + s.label()));
        }
        return Optional.of(GuardDecision.by(GuardDecision.Outcome.EXPLICIT_DENY, policy, s,
            access + " is denied by guard policy \"" + policy.id() + "\", " + s.label() + ": " + unsure(access)
                + ", so the guard fails closed"));
      }
    }
    return Optional.empty();
  }

  private GuardDecision allow(Access access, RequestContext request) {
    String nearMiss = "";
    for (PolicyDocument policy : policies) {
      for (Statement s : policy.statements()) {
        if (s.effect() != Effect.ALLOW) {
          continue;
        }
        Coverage match = both(s.appliesToAction(access.action()), s.appliesToResource(access.resource(), request));
        if (match == Coverage.NONE || !s.conditionsHold(request)) {
          continue;
        }
        if (match == Coverage.ALL) {
          return GuardDecision.by(GuardDecision.Outcome.ALLOW, policy, s,
              access + " is allowed by guard policy \"" + policy.id() + "\", " + s.label());
        }
        if (nearMiss.isEmpty()) {
          nearMiss = " (\"" + policy.id() + "\", " + s.label() + " allows only some: " + unsure(access) + ")";
        }
      }
    }
    return GuardDecision.undecided(GuardDecision.Outcome.IMPLICIT_DENY,
        "no guard policy allows " + access + nearMiss + "; with Allow statements present, the guard allows only what they name");
  }

  // A statement both of whose elements apply; the less certain of the two.
  private static Coverage both(Coverage action, Coverage resource) {
    return action.ordinal() >= resource.ordinal() ? action : resource;
  }

  // Why a statement naming specific actions or resources may or may not cover the call.
  private static String unsure(Access access) {
    if (!access.action().known()) {
      return "the guard cannot tell which " + access.action().name() + " actions this high-level command performs";
    }
    return access.resource().kind() == RequestResource.Kind.UNKNOWN
        ? "the resource cannot be derived from the command's arguments"
        : "the call may touch any resource under " + access.resource().arn() + ", and the statement names only some of them";
  }

  private static String describe(List<Access> accesses) {
    return accesses.size() == 1 ? accesses.get(0).toString() : accesses.toString();
  }
}
