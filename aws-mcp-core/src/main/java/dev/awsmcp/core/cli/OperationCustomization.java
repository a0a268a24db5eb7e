package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * One of the AWS CLI's per-operation customizations ({@code ec2 run-instances --count},
 * {@code ec2 authorize-security-group-ingress --protocol --port --cidr}, ...): the arguments it
 * adds or removes, and how their values become API input. Implementations are stateless.
 */
interface OperationCustomization {

  /** Changes the argument table: adds {@link CliArgument.Kind#CUSTOM} arguments, removes others. */
  void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation);

  /**
   * Applies the values given to this customization's arguments.
   *
   * @param given the words given per custom argument name (only those on the command line)
   * @param params the API input built so far from the plain arguments; changed in place
   * @param values parses values against model shapes, as for plain arguments
   * @return an error, or null when applied
   */
  CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values);

  /**
   * What the CLI's botocore {@code before-parameter-build} handlers do to the final API input,
   * after {@code --cli-input-json} is merged: default counts, generated policies, default ids.
   *
   * @return an error, or null when applied
   */
  default CommandError beforeParameterBuild(ObjectNode params, ServiceModel service, Operation operation) {
    return null;
  }

  /**
   * The values of this customization's arguments that are not API input but name local files
   * the CLI uses around the call (files it writes the response to, keys it decrypts with), by
   * CLI name ({@code --certificate-pem-outfile}), as given.
   */
  default Map<String, String> localArguments(Map<String, List<String>> given) {
    return Map.of();
  }
}
