package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * lambda's top-level {@code --zip-file} ({@code ZipFileArgumentHoister} of
 * {@code awscli/customizations/awslambda.py}) for {@code create-function} ({@code Code}) and
 * {@code publish-layer-version} ({@code Content}): its bytes, which must open as a zip archive,
 * become {@code <Code>.ZipFile}, added to what {@code --code} gave. {@code --code} becomes
 * optional and may no longer carry {@code ZipFile} itself.
 */
final class ZipFileArgumentHoister implements OperationCustomization {
  static final String NOT_A_ZIP = "\n--zip-file must be a zip file with the fileb:// prefix.\n"
      + "Example usage:  --zip-file fileb://path/to/file.zip";

  private final String serializedName;
  private final String argName;

  /** @param serializedName the input member that holds {@code ZipFile}: Code or Content */
  ZipFileArgumentHoister(String serializedName) {
    this.serializedName = serializedName;
    this.argName = serializedName.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    table.put("zip-file", CliArgument.custom("zip-file", Arity.ONE));
    CliArgument replaced = table.get(argName);
    if (replaced != null) {
      table.put(argName, new CliArgument(replaced.name(), replaced.kind(), replaced.member(), replaced.arity(), false,
          replaced.hidden()));
    }
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    // ReplacedZipFileArgument: the --code value may not hold ZipFile.
    JsonNode code = params.get(serializedName);
    if (code != null && code.isObject() && code.has("ZipFile")) {
      return CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, "--" + argName,
          "ZipFile cannot be provided as part of the --" + argName + " argument.  "
              + "Please use the '--zip-file' option instead to specify a zip file.");
    }
    List<String> words = given.get("zip-file");
    if (words == null) {
      return null;
    }
    Optional<Member> zipFile = operation.inputShape().map(service::shape)
        .flatMap(in -> in.member(serializedName))
        .flatMap(m -> m.target().member("ZipFile"));
    if (zipFile.isEmpty()) {
      return null;
    }
    ValueResult v = values.parse("--zip-file", zipFile.get(), words);
    if (v.isError()) {
      return v.error();
    }
    CommandError notZip = checkZip(v.value());
    if (notZip != null) {
      return notZip;
    }
    if (CustomArgumentValues.truthy(code) && code.isObject()) {
      ((ObjectNode) code).set("ZipFile", v.value());
    } else {
      params.putObject(serializedName).set("ZipFile", v.value());
    }
    return null;
  }

  /** The CLI's {@code _should_contain_zip_content}, on the bytes that will be sent. */
  static CommandError checkZip(JsonNode base64Blob) {
    byte[] bytes = base64Blob.isTextual() ? java.util.Base64.getDecoder().decode(base64Blob.textValue()) : new byte[0];
    return ZipContent.isZip(bytes) ? null : CommandError.forParameter(ErrorCode.INVALID_TYPE, "--zip-file", NOT_A_ZIP);
  }
}
