package dev.awsmcp.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: lists the subcommands. */
@Command(
    name = "aws-mcp",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A guarded AWS CLI engine for AI agents.",
    subcommands = {ParseCommand.class, CallCommand.class, SuggestCommand.class, DocsCommand.class, ModelsCommand.class,
        DoctorCommand.class},
    footer = {
      "",
      "Exit codes: 0 success; 1 a service or transport error; 2 the command was refused or invalid; 3 the engine could not start."
    })
public final class AwsMcpCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static CommandLine commandLine() {
    return new CommandLine(new AwsMcpCommand())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("aws-mcp: " + e.getMessage());
          return ExitCodes.ENGINE_ERROR;
        });
  }
}
