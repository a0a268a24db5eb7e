package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code iam create-virtual-mfa-device --outfile f --bootstrap-method QRCodePNG|Base32StringSeed}
 * ({@code awscli/customizations/iamvirtmfa.py}): after the call the CLI writes the chosen
 * bootstrap data (base64-decoded) to the file and drops both from the output. Both arguments are
 * required by the CLI's parser and are not API input: they are kept as
 * {@link OperationCustomization#localArguments local arguments}. Like any operation with an
 * {@code outfile} argument, the command has no {@code --cli-input-json}.
 */
final class VirtualMfaDeviceOutfile implements OperationCustomization {
  private static final List<String> CHOICES = List.of("QRCodePNG", "Base32StringSeed");

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    table.put("outfile", new CliArgument("outfile", CliArgument.Kind.CUSTOM, null, Arity.ONE, true, false));
    table.put("bootstrap-method", new CliArgument("bootstrap-method", CliArgument.Kind.CUSTOM, null, Arity.ONE, true, false));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    List<String> method = given.get("bootstrap-method");
    if (method != null && !CHOICES.contains(method.get(0))) {
      return CommandError.forParameter(ErrorCode.INVALID_CHOICE, "--bootstrap-method",
          "argument --bootstrap-method: Invalid choice, valid choices are:\n\nQRCodePNG | Base32StringSeed")
          .withSuggestions(CHOICES);
    }
    List<String> missing = new ArrayList<>();
    for (String name : List.of("outfile", "bootstrap-method")) {
      if (!given.containsKey(name)) {
        missing.add("--" + name);
      }
    }
    if (!missing.isEmpty()) {
      return CommandError.forParameter(ErrorCode.MISSING_REQUIRED, missing.get(0),
          "the following arguments are required: " + String.join(", ", missing));
    }
    return null;
  }

  @Override
  public Map<String, String> localArguments(Map<String, List<String>> given) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : List.of("outfile", "bootstrap-method")) {
      if (given.containsKey(name)) {
        out.put("--" + name, given.get(name).get(0));
      }
    }
    return out;
  }
}
