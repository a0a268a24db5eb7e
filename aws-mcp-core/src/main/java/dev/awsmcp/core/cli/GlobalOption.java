package dev.awsmcp.core.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The AWS CLI's global options. They may appear anywhere on the line, and like argparse the CLI
 * also accepts an unambiguous prefix of one ({@code --reg} for {@code --region}). The v2-only
 * ones ({@code yaml} output, {@code --cli-binary-format}, {@code --no-cli-pager}) are accepted
 * too, because agents learned them from v2's documentation.
 */
enum GlobalOption {
  DEBUG("debug", false),
  ENDPOINT_URL("endpoint-url", true),
  NO_VERIFY_SSL("no-verify-ssl", false),
  NO_PAGINATE("no-paginate", false),
  OUTPUT("output", true, "json", "text", "table", "yaml", "yaml-stream"),
  QUERY("query", true),
  PROFILE("profile", true),
  REGION("region", true),
  VERSION("version", false),
  COLOR("color", true, "on", "off", "auto"),
  NO_SIGN_REQUEST("no-sign-request", false),
  CA_BUNDLE("ca-bundle", true),
  CLI_READ_TIMEOUT("cli-read-timeout", true),
  CLI_CONNECT_TIMEOUT("cli-connect-timeout", true),
  CLI_BINARY_FORMAT("cli-binary-format", true, "base64", "raw-in-base64-out"),
  NO_CLI_PAGER("no-cli-pager", false),
  V2_DEBUG("v2-debug", false);

  private final String cliName;
  private final boolean takesValue;
  private final Set<String> choices;

  GlobalOption(String name, boolean takesValue, String... choices) {
    this.cliName = "--" + name;
    this.takesValue = takesValue;
    this.choices = Set.of(choices);
  }

  String cliName() {
    return cliName;
  }

  boolean takesValue() {
    return takesValue;
  }

  /** Allowed values; empty when any value goes. */
  Set<String> choices() {
    return choices;
  }

  /** Options whose name is {@code word} or starts with it (argparse's abbreviation rule). */
  static List<GlobalOption> lookup(String word) {
    List<GlobalOption> matches = new ArrayList<>(1);
    for (GlobalOption o : values()) {
      if (o.cliName.equals(word)) {
        return List.of(o);
      }
      if (o.cliName.startsWith(word)) {
        matches.add(o);
      }
    }
    return matches;
  }
}
