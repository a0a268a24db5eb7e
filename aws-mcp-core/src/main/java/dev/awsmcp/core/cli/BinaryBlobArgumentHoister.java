package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.cli.CliArgument.Kind;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CLI's {@code BinaryBlobArgumentHoister} ({@code awscli/customizations/binaryhoist.py}),
 * used by translate: the blob member of a structure argument becomes a top-level argument
 * ({@code import-terminology --data-file fileb://t.csv} → {@code TerminologyData.File},
 * {@code translate-document --document-content} → {@code Document.Content}), and the structure
 * argument may no longer carry it. The new argument is required: without it the CLI's parser
 * stops, and with {@code --cli-input-json} (which lifts that) its injecting argument still runs,
 * sets the member to null and so shadows the document's value, which botocore then refuses. Both
 * ways the command fails, reported here as the missing argument.
 */
final class BinaryBlobArgumentHoister implements OperationCustomization {
  private final String newArg;
  private final boolean newRequired;
  private final String originalArg;
  private final String blobMember;
  private final boolean originalRequired;
  private final String errorIfOriginalUsed;

  BinaryBlobArgumentHoister(String newArg, boolean newRequired, String originalArg, String blobMember,
      boolean originalRequired, String errorIfOriginalUsed) {
    this.newArg = newArg;
    this.newRequired = newRequired;
    this.originalArg = originalArg;
    this.blobMember = blobMember;
    this.originalRequired = originalRequired;
    this.errorIfOriginalUsed = errorIfOriginalUsed;
  }

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    CliArgument original = table.get(originalArg);
    if (original == null || original.kind() != Kind.MEMBER) {
      return;
    }
    table.put(newArg, new CliArgument(newArg, Kind.CUSTOM, null, Arity.ONE, newRequired, false));
    table.put(originalArg, new CliArgument(original.name(), original.kind(), original.member(), original.arity(),
        originalRequired, original.hidden()));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    Optional<Member> structure = operation.inputShape().map(service::shape)
        .flatMap(in -> in.members().values().stream().filter(m -> CliNames.xform(m.name()).equals(originalArg)).findFirst());
    Optional<Member> blob = structure.flatMap(m -> m.target().member(blobMember));
    if (blob.isEmpty()) {
      return null;
    }
    String serialized = structure.get().name();
    JsonNode current = params.get(serialized);
    if (current != null && current.isObject() && current.has(blobMember)) {
      return CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, "--" + originalArg, errorIfOriginalUsed);
    }
    if (!given.containsKey(newArg)) {
      return newRequired ? CommandError.forParameter(ErrorCode.MISSING_REQUIRED, "--" + newArg,
          "the following arguments are required: --" + newArg) : null;
    }
    ValueResult v = values.parse("--" + newArg, blob.get(), given.get(newArg));
    if (v.isError()) {
      return v.error();
    }
    JsonNode value = v.value();
    if (CustomArgumentValues.truthy(current)) {
      if (!current.isObject()) {
        return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--" + originalArg, "--" + originalArg + " is not a structure");
      }
      ((ObjectNode) current).set(blobMember, value);
    } else {
      params.putObject(serialized).set(blobMember, value);
    }
    return null;
  }
}
