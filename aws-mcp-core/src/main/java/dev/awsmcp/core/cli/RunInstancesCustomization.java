package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * {@code ec2 run-instances --count N[:M]} in place of {@code --min-count}/{@code --max-count},
 * both defaulting to 1, as the CLI does.
 */
final class RunInstancesCustomization implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    table.remove("min-count");
    table.remove("max-count");
    table.put("count", CliArgument.custom("count", Arity.ONE));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    List<String> count = given.get("count");
    if (count != null) {
      String value = count.get(0);
      String[] parts = value.split(":", -1);
      try {
        if (parts.length > 2) {
          throw new NumberFormatException(value);
        }
        params.put("MinCount", Integer.parseInt(parts[0].trim()));
        params.put("MaxCount", Integer.parseInt(parts[parts.length - 1].trim()));
      } catch (NumberFormatException e) {
        return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--count",
            "count parameter should be of form min[:max] (e.g. 1 or 1:10)");
      }
    }
    if (!params.has("MaxCount")) {
      params.put("MaxCount", 1);
    }
    if (!params.has("MinCount")) {
      params.put("MinCount", 1);
    }
    return null;
  }
}
