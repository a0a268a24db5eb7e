package dev.awsmcp.core.plans;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One execution plan: what it is for, the values it needs, and its steps as Markdown. Immutable.
 *
 * @param name the file name without {@code .md} (or {@code .script.md}), {@link #NAME}
 * @param description one line saying what the plan does and when to use it
 * @param parameters the values the steps need, in the order the file gives them
 * @param steps the Markdown body after the front matter
 * @param file the user's file the plan was read from; empty for a built-in plan
 */
public record ExecutionPlan(String name, String description, List<PlanParameter> parameters, String steps,
    Optional<Path> file) {
  /** What a plan name may be: it is typed by agents and appears in file names. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public ExecutionPlan {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a plan name must match " + NAME + ": " + name);
    }
    Objects.requireNonNull(description, "description");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(file, "file");
  }

  /** Whether the plan ships with the engine (rather than coming from the user's directory). */
  public boolean isBuiltIn() {
    return file.isEmpty();
  }

  /**
   * The plan as the agent reads it: a title, the description, the parameters, how to run the
   * commands, then the steps as written.
   */
  public String markdown() {
    StringBuilder md = new StringBuilder("# Execution plan: ").append(name).append("\n\n").append(description).append("\n\n");
    if (!parameters.isEmpty()) {
      md.append("## Parameters\n\n");
      for (PlanParameter p : parameters) {
        md.append("- `").append(p.name()).append("` (").append(p.required() ? "required" : "optional").append(')');
        md.append(p.description().isEmpty() ? "" : ": " + p.description()).append('\n');
      }
      md.append('\n');
    }
    md.append("Run each `aws` command below with call_aws, replacing every `<placeholder>` with a real value"
        + " (ask the user for required parameters you do not know); independent commands, such as one per region,"
        + " can go in one call as a list. Read the answers before the next step.\n\n");
    return md.append(steps.strip()).append('\n').toString();
  }
}
