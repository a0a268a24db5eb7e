package dev.awsmcp.core.validate;

import dev.awsmcp.core.cli.CliCustomizations;
import dev.awsmcp.core.cli.CliNames;
import java.util.Map;

/**
 * The CLI argument name of a top-level input member of one command: {@code --} plus
 * {@link CliNames#xform}, unless the AWS CLI renames the argument (for example {@code eks
 * create-cluster --version} → {@code --kubernetes-version}). Computed only when an error needs it.
 */
final class ParameterNames {
  private final String cliService;
  private final String cliOperation;

  ParameterNames(String cliService, String cliOperation) {
    this.cliService = cliService;
    this.cliOperation = cliOperation;
  }

  String cliName(String member) {
    String arg = CliNames.xform(member);
    Map<String, String> renames = CliCustomizations.get().argumentRenames();
    if (!renames.isEmpty()) {
      String[] keys = {
        cliService + "." + cliOperation + "." + arg,
        cliService + ".*." + arg,
        "*." + cliOperation + "." + arg,
        "*.*." + arg
      };
      for (String key : keys) {
        String renamed = renames.get(key);
        if (renamed != null && !renamed.isEmpty()) {
          return renamed.startsWith("--") ? renamed : "--" + renamed;
        }
      }
    }
    return "--" + arg;
  }
}
