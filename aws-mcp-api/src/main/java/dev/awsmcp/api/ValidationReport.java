package dev.awsmcp.api;

import dev.awsmcp.api.error.CommandError;
import java.util.List;

/**
 * The findings of a {@link Validator}: empty when the command satisfies every constraint of the
 * model.
 *
 * @param errors every violation found, in the order of the input
 */
public record ValidationReport(List<CommandError> errors) {
  private static final ValidationReport VALID = new ValidationReport(List.of());

  public ValidationReport {
    errors = List.copyOf(errors);
  }

  public static ValidationReport valid() {
    return VALID;
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
