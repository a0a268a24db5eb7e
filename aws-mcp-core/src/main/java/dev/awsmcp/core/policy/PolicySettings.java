package dev.awsmcp.core.policy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every setting of the safety layer, with its environment variable (the reference server's where
 * it has one, ours as {@code AWS_MCP_*}). Values are checked strictly: a misspelt value stops
 * start-up ({@link PolicyConfigurationException}) rather than leaving a guard off.
 *
 * @param readOnly refuse mutating commands ({@code READ_OPERATIONS_ONLY})
 * @param requireMutationConsent ask before every mutating command ({@code REQUIRE_MUTATION_CONSENT})
 * @param sensitiveReads reads that return secrets ({@code AWS_MCP_SENSITIVE_READS}: allow, consent
 *     (default), deny)
 * @param allowedProfiles profiles a command may name with {@code --profile}; {@code *} for any
 *     ({@code AWS_MCP_ALLOWED_PROFILES}; default the configured profile)
 * @param allowedRegions regions commands may address, when limited ({@code AWS_MCP_ALLOWED_REGIONS})
 * @param allowedEndpoints non-loopback {@code --endpoint-url} values allowed ({@code AWS_MCP_ALLOWED_ENDPOINTS})
 * @param policyFiles deny/consent/allow files: the reference's
 *     {@code ~/.aws/aws-api-mcp/mcp-security-policy.json} when present, and {@code AWS_MCP_POLICY_FILE}
 *     (which must exist)
 * @param guardPolicies IAM policy files or folders evaluated before every call ({@code AWS_MCP_GUARD_POLICIES})
 * @param consentTimeout how long to wait for a human ({@code AWS_MCP_CONSENT_TIMEOUT}, seconds; default 120)
 * @param budgets call limits ({@code AWS_MCP_MAX_CALLS_PER_MINUTE}, {@code _PER_SESSION}, {@code AWS_MCP_MAX_MUTATIONS})
 * @param serverName the value of {@code aws:CalledViaAWSMCP} in guard policies ({@code AWS_MCP_SERVER_NAME})
 */
public record PolicySettings(boolean readOnly, boolean requireMutationConsent, SensitiveReads sensitiveReads,
    Set<String> allowedProfiles, Optional<Set<String>> allowedRegions, Set<String> allowedEndpoints,
    List<PolicyFileRef> policyFiles, List<Path> guardPolicies, Duration consentTimeout, CallBudget.Limits budgets,
    String serverName) {

  /** A policy file and whether it must exist. */
  /**
   * Whether one of the policy files says {@code "readOnly": true} as it reads now (which refuses
   * mutations whatever {@link #readOnly()} says). Reads the small files but loads no models: a
   * server asks this before its first {@code tools/list} to mark {@code call_aws} read-only.
   */
  public boolean policyFilesDeclareReadOnly() {
    return policyFiles.stream().anyMatch(f -> PolicyFile.declaresReadOnly(f.path()));
  }

  public record PolicyFileRef(Path path, boolean required) {}

  public PolicySettings {
    Objects.requireNonNull(sensitiveReads, "sensitiveReads");
    allowedProfiles = Set.copyOf(allowedProfiles);
    allowedRegions = allowedRegions.map(Set::copyOf);
    allowedEndpoints = Set.copyOf(allowedEndpoints);
    policyFiles = List.copyOf(policyFiles);
    guardPolicies = List.copyOf(guardPolicies);
    Objects.requireNonNull(consentTimeout, "consentTimeout");
    Objects.requireNonNull(budgets, "budgets");
    Objects.requireNonNull(serverName, "serverName");
  }

  /**
   * The settings the environment gives.
   *
   * @param configuredProfile the profile the engine acts as, if one is configured
   */
  public static PolicySettings fromEnvironment(Map<String, String> env, Optional<String> configuredProfile) {
    String home = Optional.ofNullable(env.get("HOME")).orElse(System.getProperty("user.home"));
    List<PolicyFileRef> files = new ArrayList<>();
    files.add(new PolicyFileRef(Path.of(home, ".aws", "aws-api-mcp", "mcp-security-policy.json"), false));
    text(env, "AWS_MCP_POLICY_FILE").ifPresent(f -> files.add(new PolicyFileRef(Path.of(f), true)));
    List<Path> guards = list(env, "AWS_MCP_GUARD_POLICIES").map(l -> l.stream().map(Path::of).collect(Collectors.toList()))
        .orElse(List.of());
    Set<String> profiles = list(env, "AWS_MCP_ALLOWED_PROFILES").<Set<String>>map(LinkedHashSet::new)
        .orElse(Set.of(configuredProfile.orElse("default")));
    return new PolicySettings(
        bool(env, "READ_OPERATIONS_ONLY"),
        bool(env, "REQUIRE_MUTATION_CONSENT"),
        text(env, "AWS_MCP_SENSITIVE_READS").map(v -> SensitiveReads.parse(v, "AWS_MCP_SENSITIVE_READS")).orElse(SensitiveReads.CONSENT),
        profiles,
        list(env, "AWS_MCP_ALLOWED_REGIONS").map(Set::copyOf),
        list(env, "AWS_MCP_ALLOWED_ENDPOINTS").<Set<String>>map(Set::copyOf).orElse(Set.of()),
        files,
        guards,
        Duration.ofSeconds(number(env, "AWS_MCP_CONSENT_TIMEOUT").orElse(120)),
        new CallBudget.Limits(number(env, "AWS_MCP_MAX_CALLS_PER_MINUTE"), number(env, "AWS_MCP_MAX_CALLS_PER_SESSION"),
            number(env, "AWS_MCP_MAX_MUTATIONS")),
        text(env, "AWS_MCP_SERVER_NAME").orElse("aws-mcp"));
  }

  public PolicySettings withReadOnly(boolean on) {
    return new PolicySettings(on, requireMutationConsent, sensitiveReads, allowedProfiles, allowedRegions, allowedEndpoints,
        policyFiles, guardPolicies, consentTimeout, budgets, serverName);
  }

  public PolicySettings withSensitiveReads(SensitiveReads reads) {
    return new PolicySettings(readOnly, requireMutationConsent, reads, allowedProfiles, allowedRegions, allowedEndpoints,
        policyFiles, guardPolicies, consentTimeout, budgets, serverName);
  }

  public PolicySettings withRequireMutationConsent(boolean on) {
    return new PolicySettings(readOnly, on, sensitiveReads, allowedProfiles, allowedRegions, allowedEndpoints,
        policyFiles, guardPolicies, consentTimeout, budgets, serverName);
  }

  public PolicySettings withBudgets(CallBudget.Limits limits) {
    return new PolicySettings(readOnly, requireMutationConsent, sensitiveReads, allowedProfiles, allowedRegions, allowedEndpoints,
        policyFiles, guardPolicies, consentTimeout, limits, serverName);
  }

  public PolicySettings withConsentTimeout(Duration timeout) {
    return new PolicySettings(readOnly, requireMutationConsent, sensitiveReads, allowedProfiles, allowedRegions, allowedEndpoints,
        policyFiles, guardPolicies, timeout, budgets, serverName);
  }

  private static Optional<String> text(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  private static Optional<List<String>> list(Map<String, String> env, String name) {
    return text(env, name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toList()));
  }

  /**
   * The environment's yes/no settings, spelled as the reference server accepts them: true, yes or
   * 1; false, no or 0 (any case); unset or blank is false.
   *
   * @throws PolicyConfigurationException for any other value, naming the variable
   */
  public static boolean bool(Map<String, String> env, String name) {
    Optional<String> v = text(env, name);
    if (v.isEmpty()) {
      return false;
    }
    switch (v.get().toLowerCase(Locale.ROOT)) {
      case "true": case "yes": case "1": return true;
      case "false": case "no": case "0": return false;
      default: throw new PolicyConfigurationException(name + "='" + v.get() + "' is not a boolean: use true/yes/1 or false/no/0");
    }
  }

  private static OptionalInt number(Map<String, String> env, String name) {
    Optional<String> v = text(env, name);
    if (v.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return OptionalInt.of(n);
    } catch (NumberFormatException e) {
      throw new PolicyConfigurationException(name + "='" + v.get() + "' is not a positive whole number");
    }
  }
}
