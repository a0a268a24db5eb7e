package dev.awsmcp.core.policy.iam;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a guard policy. Exactly one of Action/NotAction and one of
 * Resource/NotResource, as in an IAM identity policy; conditions all have to hold.
 *
 * @param index the statement's position in its policy, from 0
 * @param sid the Sid, if given
 * @param effect Allow or Deny
 * @param actions the Action (or NotAction) patterns, matched ignoring case
 * @param notAction whether {@code actions} came from NotAction
 * @param resources the Resource (or NotResource) patterns, matched respecting case
 * @param notResource whether {@code resources} came from NotResource
 * @param conditions every condition test of the Condition block
 */
record Statement(
    int index,
    Optional<String> sid,
    Effect effect,
    List<Glob> actions,
    boolean notAction,
    List<PolicyText> resources,
    boolean notResource,
    List<Condition> conditions) {

  Statement {
    Objects.requireNonNull(sid, "sid");
    Objects.requireNonNull(effect, "effect");
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
    conditions = List.copyOf(conditions);
  }

  /** How far the statement's action element covers the action; see {@link Coverage}. */
  Coverage appliesToAction(RequestAction action) {
    Coverage best = Coverage.NONE;
    for (Glob pattern : actions) {
      best = best.or(action.known() ? exact(pattern, action.name()) : prefix(pattern, action.name()));
    }
    return notAction ? best.negate() : best;
  }

  /** How far the statement's resource element covers the resource; see {@link Coverage}. */
  Coverage appliesToResource(RequestResource resource, RequestContext request) {
    Coverage best = Coverage.NONE;
    for (PolicyText text : resources) {
      best = best.or(text.glob(request, false).map(g -> match(g, resource)).orElse(Coverage.NONE));
    }
    return notResource ? best.negate() : best;
  }

  private static Coverage match(Glob pattern, RequestResource resource) {
    return switch (resource.kind()) {
      case ARN -> exact(pattern, resource.arn());
      case ANY_ACCOUNT -> ArnPattern.inAnyAccount(pattern, resource.arn());
      case PREFIX -> prefix(pattern, resource.arn());
      case UNKNOWN -> pattern.matchesEverything() ? Coverage.ALL : Coverage.SOME;
    };
  }

  private static Coverage exact(Glob pattern, String value) {
    return pattern.matches(value) ? Coverage.ALL : Coverage.NONE;
  }

  private static Coverage prefix(Glob pattern, String prefix) {
    if (pattern.matchesEveryValueStartingWith(prefix)) {
      return Coverage.ALL;
    }
    return pattern.mayMatchSomeValueStartingWith(prefix) ? Coverage.SOME : Coverage.NONE;
  }

  boolean conditionsHold(RequestContext request) {
    return conditions.stream().allMatch(c -> c.holds(request));
  }

  /** {@code Sid "DenyDeletes"} or {@code statement 2}, for decisions and audit. */
  String label() {
    return sid.map(s -> "Sid \"" + s + "\"").orElse("statement " + index);
  }
}
