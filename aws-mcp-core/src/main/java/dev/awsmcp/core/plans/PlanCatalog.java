package dev.awsmcp.core.plans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plans on offer at one moment: the built-in ones, each replaced by the user's plan of the
 * same name, then the user's other plans by name; plus the user's files that were skipped.
 * Immutable.
 */
public final class PlanCatalog {
  private final Map<String, ExecutionPlan> plans;
  private final List<String> overridden;
  private final List<SkippedPlanFile> skipped;

  PlanCatalog(List<ExecutionPlan> builtIn, List<ExecutionPlan> user, List<SkippedPlanFile> skipped) {
    Map<String, ExecutionPlan> all = new LinkedHashMap<>();
    builtIn.forEach(p -> all.put(p.name(), p));
    List<String> replaced = new ArrayList<>();
    for (ExecutionPlan p : user.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
      if (all.put(p.name(), p) != null) {
        replaced.add(p.name());
      }
    }
    this.plans = Collections.unmodifiableMap(all);
    this.overridden = List.copyOf(replaced);
    this.skipped = List.copyOf(skipped);
  }

  /** The plan of this name, if there is one. */
  public Optional<ExecutionPlan> find(String name) {
    return Optional.ofNullable(plans.get(name));
  }

  /** Every plan on offer: built-in ones first (as the user's overrides, if any), then the user's others. */
  public List<ExecutionPlan> plans() {
    return List.copyOf(plans.values());
  }

  /** The names of built-in plans the user's directory replaces. */
  public List<String> overriddenBuiltIns() {
    return overridden;
  }

  /** The user's files that are not served, with the reason. */
  public List<SkippedPlanFile> skipped() {
    return skipped;
  }

  /** The catalogue for the agent: one line per plan, then what was skipped. */
  public String markdown() {
    StringBuilder md = new StringBuilder("# Execution plans\n\nCall get_execution_plan with script_name set to one of:\n\n");
    for (ExecutionPlan p : plans.values()) {
      md.append("- `").append(p.name()).append("`: ").append(p.description());
      md.append(p.isBuiltIn() ? "" : overridden.contains(p.name()) ? " (user's plan, replaces the built-in one)" : " (user's plan)");
      md.append('\n');
    }
    if (!skipped.isEmpty()) {
      md.append("\nSkipped (tell the user):\n\n");
      skipped.forEach(s -> md.append("- ").append(s.message()).append('\n'));
    }
    return md.toString();
  }
}
