package dev.awsmcp.core.cli;

import java.util.List;
import java.util.Map;

/**
 * The CLI customizations this engine reproduces, by {@code <cli service> <cli operation>}. The
 * real CLI's full list is {@code tools/cli-customizations/customized-operations.txt}, most-used
 * first; those not here are listed in {@code docs/golden-differences.md}.
 */
final class OperationCustomizations {
  private static final Map<String, List<OperationCustomization>> BY_OPERATION = Map.ofEntries(
      Map.entry("ec2 run-instances", List.of(new RunInstancesCustomization())),
      Map.entry("ec2 authorize-security-group-ingress", List.of(new SecurityGroupRuleCustomization())),
      Map.entry("ec2 authorize-security-group-egress", List.of(new SecurityGroupRuleCustomization())),
      Map.entry("ec2 revoke-security-group-ingress", List.of(new SecurityGroupRuleCustomization())),
      Map.entry("ec2 revoke-security-group-egress", List.of(new SecurityGroupRuleCustomization())));

  private OperationCustomizations() {}

  static List<OperationCustomization> of(String cliService, String cliOperation) {
    return BY_OPERATION.getOrDefault(cliService + " " + cliOperation, List.of());
  }
}
