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

  boolean appliesToAction(String action) {
    return actions.stream().anyMatch(a -> a.matches(action)) != notAction;
  }

  /** How far the statement's resource element covers the resource; see {@link ResourceMatch}. */
  ResourceMatch appliesToResource(RequestResource resource, RequestContext request) {
    ResourceMatch best = ResourceMatch.NONE;
    for (PolicyText text : resources) {
      best = best.or(text.glob(request, false).map(g -> match(g, resource)).orElse(ResourceMatch.NONE));
    }
    return notResource ? best.negate() : best;
  }

  private static ResourceMatch match(Glob pattern, RequestResource resource) {
    if (pattern.matchesEverything()) {
      return ResourceMatch.ALL;
    }
    return switch (resource.kind()) {
      case ARN -> pattern.matches(resource.arn()) ? ResourceMatch.ALL : ResourceMatch.NONE;
      case PREFIX -> pattern.matchesEveryValueStartingWith(resource.arn()) ? ResourceMatch.ALL
          : pattern.mayMatchSomeValueStartingWith(resource.arn()) ? ResourceMatch.SOME : ResourceMatch.NONE;
      case UNKNOWN -> ResourceMatch.SOME;
    };
  }

  boolean conditionsHold(RequestContext request) {
    return conditions.stream().allMatch(c -> c.holds(request));
  }

  /** {@code Sid "DenyDeletes"} or {@code statement 2}, for decisions and audit. */
  String label() {
    return sid.map(s -> "Sid \"" + s + "\"").orElse("statement " + index);
  }
}
