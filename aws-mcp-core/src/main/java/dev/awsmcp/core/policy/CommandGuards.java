package dev.awsmcp.core.policy;

import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.policy.PolicyDecision;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks on the shape of a command rather than on what it does: commands that start local
 * processes or write local configuration, global flags that weaken the call, endpoints other
 * than loopback, a switch to another profile, a region outside the allowed ones.
 */
final class CommandGuards {
  // Weaken TLS, signing or logging (--debug prints signed headers and bodies).
  private static final List<String> DENIED_FLAGS = List.of("--debug", "--v2-debug", "--no-verify-ssl", "--no-sign-request", "--ca-bundle");
  // High-level commands that start a subprocess (ssh, the CodeDeploy agent installer, package
  // managers) or write local configuration; "wait" polls for up to an hour.
  private static final Set<String> DENIED_COMMANDS = Set.of(
      "emr ssh", "emr sock", "emr get", "emr put", "deploy install", "deploy uninstall",
      "codeartifact login", "eks update-kubeconfig", "configure", "history");

  private final Set<String> allowedProfiles;
  private final Optional<Set<String>> allowedRegions;
  private final EndpointAllowList endpoints;

  CommandGuards(Set<String> allowedProfiles, Optional<Set<String>> allowedRegions, EndpointAllowList endpoints) {
    this.allowedProfiles = Set.copyOf(allowedProfiles);
    this.allowedRegions = allowedRegions.map(Set::copyOf);
    this.endpoints = endpoints;
  }

  Optional<PolicyDecision> check(ParsedCommand c) {
    for (String flag : DENIED_FLAGS) {
      if (c.globalOptions().containsKey(flag)) {
        return deny("denied-flag:" + flag, flag + " is not allowed: it weakens how the call is made or logged");
      }
    }
    String command = (c.cliService() + " " + c.cliOperation()).trim();
    if (c.kind() == CommandKind.CUSTOM && (DENIED_COMMANDS.contains(command) || c.cliOperation().startsWith("wait")
        || DENIED_COMMANDS.contains(c.cliService()))) {
      return deny("denied-command:" + command, "'aws " + command + "' is not allowed: it "
          + (c.cliOperation().startsWith("wait") ? "waits on a resource for up to an hour; poll with the describe command instead"
              : "starts a local process or writes local configuration"));
    }
    if (c.endpointUrl().isPresent() && !endpoints.allows(c.endpointUrl().get())) {
      return deny("endpoint-url", "--endpoint-url " + c.endpointUrl().get() + " is not allowed: only loopback endpoints"
          + " (http://127.0.0.1:<port>, http://localhost:<port>) and those configured in AWS_MCP_ALLOWED_ENDPOINTS may be used");
    }
    if (c.profile().isPresent() && !allowedProfiles.contains("*") && !allowedProfiles.contains(c.profile().get())) {
      return deny("profile", "--profile " + c.profile().get() + " is not allowed: the engine acts as "
          + String.join(", ", new java.util.TreeSet<>(allowedProfiles)) + " (AWS_MCP_ALLOWED_PROFILES lists the profiles a command may name)");
    }
    if (allowedRegions.isPresent() && c.kind() != CommandKind.HELP && !allowedRegions.get().contains(c.region())) {
      return deny("region", "region " + c.region() + " is not allowed; allowed: "
          + String.join(", ", new java.util.TreeSet<>(allowedRegions.get())) + " (AWS_MCP_ALLOWED_REGIONS)");
    }
    return Optional.empty();
  }

  private static Optional<PolicyDecision> deny(String rule, String reason) {
    return Optional.of(PolicyDecision.deny(rule, reason));
  }
}
