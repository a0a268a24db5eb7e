package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.cli.CliArgument.Kind;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * {@code s3api select-object-content ... outfile} ({@code S3SelectStreamOutputArgument} of
 * {@code awscli/customizations/s3events.py}): the records of the event stream are written to the
 * positional outfile, as for a streaming blob. Like any operation with an outfile, the command
 * has no {@code --cli-input-json}.
 */
final class SelectObjectContentOutfile implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    table.put("outfile", new CliArgument("outfile", Kind.OUTFILE, null, Arity.ONE, true, false));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    return null;
  }
}
