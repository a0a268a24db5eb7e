package dev.awsmcp.core.docs;

import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliNames;
import dev.awsmcp.core.cli.CliServiceTable;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.ModelDocumentation;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An operation's reference page written from the local models, for {@code aws SERVICE OPERATION}:
 * its description, its parameters as the CLI names them with types, whether they are required
 * and their constraints, and the members of its output. Read with no network at all. Thread-safe.
 */
final class ModelReferencePage {
  private static final Pattern COMMAND = Pattern.compile("^aws\\s+([a-z0-9][a-z0-9-]*)\\s+([a-z0-9][a-z0-9-]*)\\s*$");

  private final CliServiceTable services;
  private final PageConverter converter;

  ModelReferencePage(CliServiceTable services, PageConverter converter) {
    this.services = services;
    this.converter = converter;
  }

  /** Whether an address names a command ({@code aws s3api get-object}) rather than a URL. */
  static boolean isCommand(String address) {
    return COMMAND.matcher(address.strip()).matches();
  }

  /** The canonical address of a command's page: {@code aws SERVICE OPERATION}. */
  static String address(String cliService, String cliOperation) {
    return "aws " + cliService + " " + cliOperation;
  }

  /** The page of {@code aws SERVICE OPERATION}. */
  PageConverter.Converted render(String command) throws DocsFetchException {
    var m = COMMAND.matcher(command.strip());
    if (!m.matches()) {
      throw new DocsFetchException(ErrorCode.DOCS_NOT_FOUND, "not a command of the form aws SERVICE OPERATION: " + command);
    }
    String cliService = m.group(1);
    String cliOperation = m.group(2);
    String modelName = services.modelName(cliService)
        .orElseThrow(() -> new DocsFetchException(ErrorCode.DOCS_NOT_FOUND, "no service named " + cliService + " in the local models"));
    ServiceModel model = services.catalog().load(modelName).orElseThrow();
    String apiName = services.operations(cliService).get(cliOperation);
    if (apiName == null) {
      throw new DocsFetchException(ErrorCode.DOCS_NOT_FOUND, "aws " + cliService + " has no operation " + cliOperation);
    }
    Operation op = model.operation(apiName).orElseThrow();
    ModelDocumentation docs = model.documentation();
    StringBuilder md = new StringBuilder();
    String title = address(cliService, cliOperation);
    md.append("# ").append(title).append("\n\n");
    md.append("Service: ").append(model.metadata().serviceFullName()).append(" (API version ")
        .append(model.metadata().apiVersion()).append("), operation `").append(apiName).append("`")
        .append(op.deprecated() ? " (deprecated)" : "").append(".\n\n");
    docs.operation(apiName).map(converter::fragment).ifPresent(d -> md.append(d).append('\n'));
    md.append("## Parameters\n\n");
    Optional<Shape> input = op.inputShape().map(model::shape);
    if (input.isEmpty() || input.get().members().isEmpty()) {
      md.append("None.\n\n");
    } else {
      for (Member member : input.get().members().values()) {
        appendMember(md, docs, input.get(), member, "### --" + CliNames.xform(member.name()));
      }
    }
    md.append("## Output\n\n");
    Optional<Shape> output = op.outputShape().map(model::shape);
    if (output.isEmpty() || output.get().members().isEmpty()) {
      md.append("None.\n");
    } else {
      for (Member member : output.get().members().values()) {
        appendMember(md, docs, output.get(), member, "### " + member.name());
      }
    }
    return new PageConverter.Converted(Optional.of(title), md.toString().strip() + "\n");
  }

  private void appendMember(StringBuilder md, ModelDocumentation docs, Shape owner, Member member, String heading) {
    Shape target = member.target();
    md.append(heading).append("\n\n").append(ShapeSummary.type(target))
        .append(owner.isRequired(member.name()) ? ", required" : ", optional").append(".");
    List<String> constraints = ShapeSummary.constraints(target);
    if (!constraints.isEmpty()) {
      md.append(" Constraints: ").append(String.join("; ", constraints)).append('.');
    }
    md.append("\n\n");
    docs.member(owner.name(), member.name()).or(() -> docs.shape(target.name()))
        .map(converter::fragment).filter(d -> !d.isBlank()).ifPresent(d -> md.append(d).append('\n'));
  }
}
