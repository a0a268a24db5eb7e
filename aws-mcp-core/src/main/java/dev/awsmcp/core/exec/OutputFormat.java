package dev.awsmcp.core.exec;

import java.util.Locale;

/** The values of {@code --output}. */
enum OutputFormat {
  JSON("json"), TEXT("text"), TABLE("table"), YAML("yaml"), YAML_STREAM("yaml-stream");

  private final String cliName;

  OutputFormat(String cliName) {
    this.cliName = cliName;
  }

  String cliName() {
    return cliName;
  }

  /** The format a {@code --output} value names; the CLI's default is JSON. */
  static OutputFormat fromCliName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      if (f.cliName.equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown output format '" + name
        + "'; expected json, text, table, yaml or yaml-stream");
  }
}
