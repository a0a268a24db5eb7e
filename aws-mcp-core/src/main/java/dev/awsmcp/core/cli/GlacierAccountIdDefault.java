package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * glacier's {@code accountId} defaults to {@code "-"} (the caller's account): botocore's
 * {@code inject_account_id}, a {@code before-parameter-build.glacier} handler, sets it for every
 * glacier operation when it is missing or null, after {@code --cli-input-json} is merged.
 *
 * <p>The CLI's own parser still requires {@code --account-id} on the command line unless
 * {@code --cli-input-json} is given; this engine does not enforce parser-required arguments
 * (the validator checks the API input), so {@code aws glacier list-vaults} is accepted here with
 * {@code accountId} "-".
 */
final class GlacierAccountIdDefault implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {}

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    return null;
  }

  @Override
  public CommandError beforeParameterBuild(ObjectNode params, ServiceModel service, Operation operation) {
    JsonNode accountId = params.get("accountId");
    if (accountId == null || accountId.isNull()) {
      params.put("accountId", "-");
    }
    return null;
  }
}
