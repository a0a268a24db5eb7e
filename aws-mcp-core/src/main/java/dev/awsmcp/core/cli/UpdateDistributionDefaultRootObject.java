package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code cloudfront update-distribution --default-root-object} ({@code UpdateDefaultRootObject}
 * of {@code awscli/customizations/cloudfront.py}). The CLI calls GetDistributionConfig while it
 * builds the parameters, then sends that configuration back with the new root object and the
 * returned ETag as {@code IfMatch}. A parser cannot call AWS, so the argument is accepted (it
 * excludes {@code --distribution-config}, which is optional) but refused with the two commands
 * that do the same.
 */
final class UpdateDistributionDefaultRootObject implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    DistributionConfigTemplate.makeOptional(table);
    table.put("default-root-object", CliArgument.custom("default-root-object", Arity.ONE));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    if (!given.containsKey("default-root-object")) {
      return null;
    }
    List<String> present = new ArrayList<>();
    if (params.has("DistributionConfig")) {
      present.add("distribution_config");
    }
    present.add("default_root_object");
    CommandError e = MutuallyExclusiveArguments.check(present, List.of(List.of("default_root_object"), List.of("distribution_config")));
    if (e != null) {
      return e;
    }
    return CommandError.forParameter(ErrorCode.UNSUPPORTED_COMMAND, "--default-root-object",
        "--default-root-object makes the AWS CLI call GetDistributionConfig before UpdateDistribution, which this engine "
            + "does not do while parsing. Run 'aws cloudfront get-distribution-config --id ID', set DefaultRootObject in "
            + "its DistributionConfig, then 'aws cloudfront update-distribution --id ID --if-match ETAG "
            + "--distribution-config file://config.json'.");
  }
}
