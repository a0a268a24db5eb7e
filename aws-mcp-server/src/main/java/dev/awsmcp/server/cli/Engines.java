package dev.awsmcp.server.cli;

import dev.awsmcp.core.AwsMcp;

/** The engine as the command line configures it: from the environment. */
final class Engines {
  private Engines() {}

  static AwsMcp fromEnvironment() {
    return builderFromEnvironment().build();
  }

  /** A builder with the environment's settings, for commands that add their own options. */
  static AwsMcp.Builder builderFromEnvironment() {
    return AwsMcp.builder();
  }
}
