package dev.awsmcp.core.plans;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The execution plans of an engine: the built-in ones and the user's directory. Creating this
 * reads nothing; the built-in plans are parsed on first use and the directory on every
 * {@link #catalog()}, so a plan the user edits is served without a restart. Skipped files and
 * overrides are reported once each on the log (standard error). Thread-safe.
 */
public final class ExecutionPlans {
  private final ExecutionPlanSettings settings;
  private final PrintStream log;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  private ExecutionPlans(ExecutionPlanSettings settings, PrintStream log) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** Plans with these settings, reporting on standard error. */
  public static ExecutionPlans create(ExecutionPlanSettings settings) {
    return new ExecutionPlans(settings, System.err);
  }

  static ExecutionPlans create(ExecutionPlanSettings settings, PrintStream log) {
    return new ExecutionPlans(settings, log);
  }

  /** The names of the built-in plans; reads nothing. */
  public static List<String> builtInNames() {
    return BuiltInPlans.NAMES;
  }

  public ExecutionPlanSettings settings() {
    return settings;
  }

  /** Whether the {@code get_execution_plan} tool is offered. */
  public boolean isEnabled() {
    return settings.enabled();
  }

  /** The plans on offer now: the built-in ones and the user directory as it is at this moment. */
  public PlanCatalog catalog() {
    Optional<Path> dir = settings.directory();
    if (dir.isEmpty()) {
      return new PlanCatalog(BuiltInPlans.all(), List.of(), List.of());
    }
    PlanDirectory.Contents user = PlanDirectory.read(dir.get());
    PlanCatalog catalog = new PlanCatalog(BuiltInPlans.all(), user.plans(), user.skipped());
    for (SkippedPlanFile s : catalog.skipped()) {
      report("WARNING: " + s.message());
    }
    for (String name : catalog.overriddenBuiltIns()) {
      report("the execution plan " + name + " of " + dir.get() + " replaces the built-in one");
    }
    return catalog;
  }

  private void report(String message) {
    if (reported.add(message)) {
      log.println("aws-mcp: " + message);
    }
  }
}
