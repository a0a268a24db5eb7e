package dev.awsmcp.server;

import dev.awsmcp.server.cli.AwsMcpCommand;

/** {@code java -jar aws-mcp-server.jar [command]}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(AwsMcpCommand.run(args));
  }
}
