package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * rds's split of modify-option-group ({@code awscli/customizations/rds.py}):
 * {@code add-option-to-option-group} takes {@code --options-to-include} as {@code --options},
 * {@code remove-option-from-option-group} takes {@code --options-to-remove} as
 * {@code --options}; the other of the two is dropped. (The two commands are
 * {@link OperationAliases operation aliases} of ModifyOptionGroup.)
 */
final class OptionGroupOptionsArgument implements OperationCustomization {
  private final String kept;
  private final String dropped;

  OptionGroupOptionsArgument(String kept, String dropped) {
    this.kept = kept;
    this.dropped = dropped;
  }

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    CliArgument a = table.remove(kept);
    if (a != null) {
      table.put("options", new CliArgument("options", a.kind(), a.member(), a.arity(), a.required(), a.hidden()));
    }
    table.remove(dropped);
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    return null;
  }
}
