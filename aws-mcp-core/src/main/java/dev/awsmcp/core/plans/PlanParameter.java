package dev.awsmcp.core.plans;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value a plan needs from the user, written {@code <name>} in its steps.
 *
 * @param name lower case letters, digits, {@code _} and {@code -}, starting with a letter
 * @param description what the value is, for the agent asking the user; may be empty
 * @param required whether the plan cannot run without it
 */
public record PlanParameter(String name, String description, boolean required) {
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

  public PlanParameter {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a parameter name must match " + NAME + ": " + name);
    }
    Objects.requireNonNull(description, "description");
  }
}
