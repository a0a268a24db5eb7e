package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * {@code ec2 get-password-data --priv-launch-key key.pem} ({@code awscli/customizations/ec2/decryptpassword.py}):
 * after the call the CLI decrypts {@code PasswordData} with that RSA private key. Not API input:
 * the path is kept as a {@link OperationCustomization#localArguments local argument}, as given.
 * (The CLI expands {@code ~} and variables and refuses a path that is not a file before the
 * call; a parser does not open the key.)
 */
final class PrivLaunchKeyArgument implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    table.put("priv-launch-key", CliArgument.custom("priv-launch-key", Arity.ONE));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    return null;
  }

  @Override
  public Map<String, String> localArguments(Map<String, List<String>> given) {
    List<String> words = given.get("priv-launch-key");
    // "if value:" — an empty path is ignored.
    return words == null || words.get(0).isEmpty() ? Map.of() : Map.of("--priv-launch-key", words.get(0));
  }
}
