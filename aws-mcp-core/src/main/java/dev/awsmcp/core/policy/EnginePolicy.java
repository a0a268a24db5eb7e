package dev.awsmcp.core.policy;

import dev.awsmcp.api.SafetyPolicy;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.policy.PolicyDecision;
import dev.awsmcp.core.model.ServiceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine's safety policy: every layer in front of IAM, evaluated offline before a command
 * runs. An explicit deny from any layer wins; otherwise the first layer that asks for consent
 * decides; otherwise the command is allowed. In order:
 * <ol>
 *   <li>command guards (subprocess commands, weakening flags, endpoints, profiles, regions);
 *   <li>policy files: an unusable file refuses everything, then deny lists and allow lists;
 *   <li>IAM-style guard policies;
 *   <li>read-only mode, then the sensitive-read setting;
 *   <li>a policy the embedding application adds;
 *   <li>consent lists, then consent for every mutation when asked for.
 * </ol>
 * Thread-safe; policy files are re-read when they change.
 */
public final class EnginePolicy implements SafetyPolicy {
  private final ServiceCatalog catalog;
  private final PolicySettings settings;
  private final CommandGuards guards;
  private final List<PolicyFile> files;
  private final List<SafetyPolicy> guardPolicies;
  private final SafetyPolicy custom;

  private EnginePolicy(ServiceCatalog catalog, PolicySettings settings, List<PolicyFile> files,
      List<SafetyPolicy> guardPolicies, SafetyPolicy custom) {
    this.catalog = catalog;
    this.settings = settings;
    this.guards = new CommandGuards(settings.allowedProfiles(), settings.allowedRegions(),
        new EndpointAllowList(settings.allowedEndpoints()));
    this.files = List.copyOf(files);
    this.guardPolicies = List.copyOf(guardPolicies);
    this.custom = custom;
  }

  /**
   * Builds the policy, reading its files; throws {@link PolicyConfigurationException} when one is
   * malformed or a required one is missing.
   *
   * @param guardPolicies IAM-style guard policies, each as a policy of its own
   * @param custom a policy of the embedding application ({@link SafetyPolicy#allowAll()} for none)
   */
  public static EnginePolicy create(ServiceCatalog catalog, PolicySettings settings, List<SafetyPolicy> guardPolicies,
      SafetyPolicy custom) {
    List<PolicyFile> files = new ArrayList<>();
    for (PolicySettings.PolicyFileRef ref : settings.policyFiles()) {
      files.add(PolicyFile.load(ref.path(), ref.required()));
    }
    return new EnginePolicy(catalog, settings, files, guardPolicies, custom);
  }

  public PolicySettings settings() {
    return settings;
  }

  @Override
  public PolicyDecision evaluate(ParsedCommand command) {
    if (command.kind() == CommandKind.HELP) {
      return PolicyDecision.allow();
    }
    Optional<PolicyDecision> guard = guards.check(command);
    if (guard.isPresent()) {
      return guard.get();
    }
    List<PolicyRules> rules = new ArrayList<>();
    for (PolicyFile f : files) {
      PolicyFile.Result r = f.current();
      if (r.error().isPresent()) {
        return PolicyDecision.deny("policy-file:" + f.path(), r.error().get() + "; every command is refused until the file is fixed");
      }
      rules.add(r.rules());
    }
    for (PolicyRules r : rules) {
      for (CommandPattern p : r.deny()) {
        if (matches(p, command)) {
          return PolicyDecision.deny("deny-list:" + p + " (" + r.source() + ")", "'" + p + "' is on the deny list of " + r.source());
        }
      }
      if (!r.allow().isEmpty() && r.allow().stream().noneMatch(p -> matches(p, command))) {
        return PolicyDecision.deny("allow-list (" + r.source() + ")", "'aws " + command.cliService() + " " + command.cliOperation()
            + "' is not on the allow list of " + r.source());
      }
    }
    for (SafetyPolicy g : guardPolicies) {
      PolicyDecision d = g.evaluate(command);
      if (d.outcome() == PolicyDecision.Outcome.DENY) {
        return d;
      }
    }
    Classification c = classify(command);
    String name = "aws " + command.cliService() + " " + command.cliOperation();
    boolean readOnly = settings.readOnly() || rules.stream().anyMatch(PolicyRules::readOnly);
    if (readOnly && c.operationClass() == OperationClass.MUTATING) {
      return PolicyDecision.deny("read-only", "the engine runs in read-only mode and " + name + " may change resources or"
          + " hand out credentials (" + c.basis() + ")");
    }
    List<PolicyDecision> consent = new ArrayList<>();
    if (c.operationClass() == OperationClass.SENSITIVE_READ) {
      SensitiveReads setting = sensitiveReads(rules);
      if (setting == SensitiveReads.DENY) {
        return PolicyDecision.deny("sensitive-read", name + " returns a secret value, and sensitive reads are denied"
            + " (AWS_MCP_SENSITIVE_READS=deny)");
      }
      if (setting == SensitiveReads.CONSENT) {
        consent.add(PolicyDecision.requireConsent("sensitive-read", name + " returns a secret value"
            + " (AWS_MCP_SENSITIVE_READS=allow runs such reads without asking)"));
      }
    }
    PolicyDecision own = custom.evaluate(command);
    if (own.outcome() == PolicyDecision.Outcome.DENY) {
      return own;
    }
    if (own.outcome() == PolicyDecision.Outcome.REQUIRE_CONSENT) {
      consent.add(own);
    }
    for (PolicyRules r : rules) {
      for (CommandPattern p : r.consent()) {
        if (matches(p, command)) {
          consent.add(PolicyDecision.requireConsent("consent-list:" + p + " (" + r.source() + ")",
              "'" + p + "' is on the consent list of " + r.source()));
        }
      }
    }
    boolean mutationConsent = settings.requireMutationConsent() || rules.stream().anyMatch(PolicyRules::requireMutationConsent);
    if (mutationConsent && c.operationClass() == OperationClass.MUTATING) {
      consent.add(PolicyDecision.requireConsent("mutation-consent", name + " may change resources, and every mutating"
          + " command needs consent (REQUIRE_MUTATION_CONSENT)"));
    }
    return consent.isEmpty() ? PolicyDecision.allow() : consent.get(0);
  }

  /** The class of a parsed command: its operation's, or for high-level commands a fixed one. */
  public Classification classify(ParsedCommand command) {
    switch (command.kind()) {
      case HELP:
        return new Classification(OperationClass.READ_ONLY, "help");
      case CUSTOM:
        return command.cliService().equals("s3") && command.cliOperation().equals("ls")
            ? new Classification(OperationClass.READ_ONLY, "high-level s3 ls")
            : new Classification(OperationClass.MUTATING, "high-level command (fail closed)");
      default:
        return catalog.load(command.service()).flatMap(m -> m.operation(command.operation()))
            .map(op -> OperationClassifier.classify(command.service(), op))
            .orElse(new Classification(OperationClass.MUTATING, "unknown operation (fail closed)"));
    }
  }

  private SensitiveReads sensitiveReads(List<PolicyRules> rules) {
    SensitiveReads strictest = settings.sensitiveReads();
    for (PolicyRules r : rules) {
      if (r.sensitiveReads().isPresent() && r.sensitiveReads().get().ordinal() > strictest.ordinal()) {
        strictest = r.sensitiveReads().get();
      }
    }
    return strictest;
  }

  private static boolean matches(CommandPattern p, ParsedCommand c) {
    return p.matches(c.cliService(), c.service(), c.cliOperation(), c.operation());
  }
}
