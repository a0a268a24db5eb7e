package dev.awsmcp.core.policy.iam;

import dev.awsmcp.api.SafetyPolicy;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.model.ServiceCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * IAM-style guard policies, evaluated locally before every call: standard IAM policy JSON
 * whose Deny statements always win and whose Allow statements, if any, form an allow-list. See
 * {@code docs/guard-policies.md}. Loading fails with {@link GuardPolicyException} on anything
 * malformed; a loaded instance is immutable and thread-safe.
 *
 * <pre>{@code
 * GuardPolicies guard = GuardPolicies.fromPath(Path.of("guard-policies"));
 * GuardDecision d = guard.evaluate(command, engine.catalog(), GuardContext.of("aws-mcp"));
 * }</pre>
 */
public final class GuardPolicies {
  private final List<PolicyDocument> policies;
  private final PolicyEvaluator evaluator;

  private GuardPolicies(List<PolicyDocument> policies) {
    this.policies = List.copyOf(policies);
    this.evaluator = new PolicyEvaluator(this.policies);
  }

  /** One policy from its JSON text; {@code id} names it in decisions. */
  public static GuardPolicies fromJson(String id, String json) {
    return new GuardPolicies(List.of(PolicyParser.parse(Objects.requireNonNull(id, "id"), json)));
  }

  /** Policies from files, each named by its file name. */
  public static GuardPolicies fromFiles(List<Path> files) {
    List<PolicyDocument> out = new ArrayList<>();
    for (Path file : files) {
      out.add(PolicyParser.parse(file.getFileName().toString(), read(file)));
    }
    return new GuardPolicies(out);
  }

  /** Every {@code *.json} file of a directory (not its subdirectories), in name order; none is an error. */
  public static GuardPolicies fromDirectory(Path directory) {
    List<Path> files;
    try (Stream<Path> entries = Files.list(directory)) {
      files = entries.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new GuardPolicyException(directory.toString(), "$", "the directory cannot be read: " + e, e);
    }
    if (files.isEmpty()) {
      throw new GuardPolicyException(directory.toString(), "$", "the directory holds no *.json guard policy");
    }
    return fromFiles(files);
  }

  /** A policy file, or a directory of them. */
  public static GuardPolicies fromPath(Path path) {
    return Files.isDirectory(path) ? fromDirectory(path) : fromFiles(List.of(path));
  }

  /** The ids of the loaded policies, in evaluation order. */
  public List<String> ids() {
    return policies.stream().map(PolicyDocument::id).toList();
  }

  /**
   * Decides whether a parsed command may run. Help makes no AWS call and is always allowed.
   *
   * @param catalog the models the command was parsed with (for IAM prefixes and classification)
   * @param context the server name, default profile and account the engine reports
   */
  public GuardDecision evaluate(ParsedCommand command, ServiceCatalog catalog, GuardContext context) {
    if (command.kind() == CommandKind.HELP) {
      return GuardDecision.undecided(GuardDecision.Outcome.ALLOW, "help makes no AWS call");
    }
    return evaluator.evaluate(new RequestContextFactory(catalog, context).of(command));
  }

  /** These policies as the engine's safety policy, for {@code AwsMcp.builder().safetyPolicy(...)}. */
  public SafetyPolicy asSafetyPolicy(ServiceCatalog catalog, GuardContext context) {
    return new GuardSafetyPolicy(this, catalog, context);
  }

  /** {@link #asSafetyPolicy(ServiceCatalog, GuardContext)} with only a server name. */
  public SafetyPolicy asSafetyPolicy(ServiceCatalog catalog, String serverName) {
    return asSafetyPolicy(catalog, GuardContext.of(serverName));
  }

  @Override
  public String toString() {
    return "GuardPolicies" + ids();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GuardPolicyException(String.valueOf(file.getFileName()), "$", "cannot be read: " + e, e);
    }
  }
}
