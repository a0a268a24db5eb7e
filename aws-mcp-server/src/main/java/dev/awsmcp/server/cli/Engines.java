package dev.awsmcp.server.cli;

import dev.awsmcp.core.AwsMcp;

/** The engine as the command line configures it: from the environment. */
final class Engines {
  private Engines() {}

  static AwsMcp fromEnvironment() {
    return AwsMcp.builder().build();
  }
}
