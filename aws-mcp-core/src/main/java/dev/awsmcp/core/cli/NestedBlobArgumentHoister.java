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
import dev.awsmcp.core.model.ShapeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CLI's {@code NestedBlobArgumentHoister} ({@code awscli/customizations/arguments.py}): a
 * blob member of a structure argument gets a top-level argument of its own, so that
 * {@code fileb://} can load it ({@code rekognition detect-labels --image-bytes fileb://a.jpg}
 * sets {@code Image.Bytes}). The structure argument becomes optional; when both are given the
 * blob is added to the structure. Applies only where the structure argument has a blob member
 * of that name, as in the CLI.
 */
final class NestedBlobArgumentHoister implements OperationCustomization {
  private final String sourceArg;
  private final String blobMember;
  private final String newArg;

  /**
   * @param sourceArg the structure argument ({@code image})
   * @param blobMember its blob member ({@code Bytes})
   * @param newArg the top-level argument ({@code image-bytes})
   */
  NestedBlobArgumentHoister(String sourceArg, String blobMember, String newArg) {
    this.sourceArg = sourceArg;
    this.blobMember = blobMember;
    this.newArg = newArg;
  }

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    CliArgument source = table.get(sourceArg);
    if (blob(source).isEmpty()) {
      return;
    }
    table.put(newArg, CliArgument.custom(newArg, Arity.ONE));
    table.put(sourceArg, new CliArgument(source.name(), source.kind(), source.member(), source.arity(), false, source.hidden()));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    List<String> words = given.get(newArg);
    if (words == null) {
      return null;
    }
    Optional<Member> blob = operation.inputShape().map(service::shape)
        .flatMap(in -> in.members().values().stream().filter(m -> CliNames.xform(m.name()).equals(sourceArg)).findFirst())
        .flatMap(m -> m.target().member(blobMember));
    if (blob.isEmpty()) {
      return null;
    }
    ValueResult v = values.parse("--" + newArg, blob.get(), words);
    if (v.isError()) {
      return v.error();
    }
    // _NestedBlobArgumentParamOverwrite writes to the CLI name turned back into a member name.
    String param = reverseXform(sourceArg);
    JsonNode current = params.get(param);
    if (CustomArgumentValues.truthy(current)) {
      if (!current.isObject()) {
        return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--" + sourceArg,
            "--" + newArg + " adds " + blobMember + " to --" + sourceArg + ", which is not a structure");
      }
      ((ObjectNode) current).set(blobMember, v.value());
    } else {
      params.putObject(param).set(blobMember, v.value());
    }
    return null;
  }

  private Optional<Member> blob(CliArgument source) {
    if (source == null || source.kind() != Kind.MEMBER || source.member().target().type() != ShapeType.STRUCTURE) {
      return Optional.empty();
    }
    return source.member().target().member(blobMember).filter(m -> m.target().type() == ShapeType.BLOB);
  }

  /** {@code _reverse_xform_name}: {@code source-image} → {@code SourceImage}. */
  static String reverseXform(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i == 0) {
        sb.append(Character.toUpperCase(c));
      } else if (c == '-' && i + 1 < name.length()) {
        sb.append(Character.toUpperCase(name.charAt(++i)));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
