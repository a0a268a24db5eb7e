package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * {@code emr list-clusters --active | --terminated | --failed}
 * ({@code awscli/customizations/emr/listclusters.py}): each sets {@code ClusterStates} to the
 * CLI's list of states; only one state filter may be given, {@code --cluster-states} included.
 */
final class EmrListClustersStateFlags implements OperationCustomization {
  private static final Map<String, List<String>> STATES = Map.of(
      "active", List.of("STARTING", "BOOTSTRAPPING", "RUNNING", "WAITING", "TERMINATING"),
      "terminated", List.of("TERMINATED"),
      "failed", List.of("TERMINATED_WITH_ERRORS"));
  private static final List<String> FLAGS = List.of("active", "terminated", "failed");

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    for (String flag : FLAGS) {
      table.put(flag, CliArgument.custom(flag, Arity.NONE));
    }
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    for (String flag : FLAGS) {
      if (!given.containsKey(flag)) {
        continue;
      }
      JsonNode current = params.get("ClusterStates");
      if (current != null && !current.isNull() && current.size() > 0) {
        return CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, "--" + flag,
            "aws: error: You can specify only one of the cluster state filters: --cluster-states, --active, --terminated, --failed.");
      }
      ArrayNode states = params.putArray("ClusterStates");
      STATES.get(flag).forEach(states::add);
    }
    return null;
  }
}
