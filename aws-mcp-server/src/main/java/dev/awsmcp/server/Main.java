package dev.awsmcp.server;

import dev.awsmcp.server.cli.AwsMcpCommand;
import picocli.CommandLine;

/** {@code java -jar aws-mcp-server.jar [command]}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(AwsMcpCommand.commandLine().execute(args));
  }
}
