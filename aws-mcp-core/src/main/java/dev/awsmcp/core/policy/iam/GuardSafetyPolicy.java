package dev.awsmcp.core.policy.iam;

import dev.awsmcp.api.SafetyPolicy;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.policy.PolicyDecision;
import dev.awsmcp.core.model.ServiceCatalog;

/** {@link GuardPolicies} as a {@link SafetyPolicy}: a denial's reason names the policy and statement. */
final class GuardSafetyPolicy implements SafetyPolicy {
  private final GuardPolicies policies;
  private final ServiceCatalog catalog;
  private final GuardContext context;

  GuardSafetyPolicy(GuardPolicies policies, ServiceCatalog catalog, GuardContext context) {
    this.policies = policies;
    this.catalog = catalog;
    this.context = context;
  }

  @Override
  public PolicyDecision evaluate(ParsedCommand command) {
    return policies.evaluate(command, catalog, context).toPolicyDecision();
  }

  @Override
  public String toString() {
    return policies + " as " + context.serverName();
  }
}
