package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * {@code lambda update-function-code --zip-file}: a plain blob argument, but the CLI's
 * {@code validate_is_zip_file} ({@code awscli/customizations/awslambda.py}) refuses a value that
 * does not open as a zip archive.
 */
final class ZipFileContentCheck implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {}

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    // Before --cli-input-json is merged, ZipFile can only come from --zip-file.
    return params.has("ZipFile") ? ZipFileArgumentHoister.checkZip(params.get("ZipFile")) : null;
  }
}
