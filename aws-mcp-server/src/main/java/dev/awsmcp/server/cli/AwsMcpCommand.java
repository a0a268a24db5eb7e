package dev.awsmcp.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: without a subcommand it serves MCP over stdio ({@code serve}). */
@Command(
    name = "aws-mcp",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A guarded AWS CLI engine for AI agents. Without a command it runs the MCP server over stdio (serve).",
    subcommands = {ServeCommand.class, ParseCommand.class, CallCommand.class, SuggestCommand.class, DocsCommand.class, ModelsCommand.class,
        DoctorCommand.class},
    footer = {
      "",
      "Exit codes: 0 success; 1 a service or transport error; 2 the command was refused or invalid; 3 the engine could not start;"
          + " 4 serve refused its configuration (an unknown transport, HTTP without authentication)."
    })
public final class AwsMcpCommand implements java.util.concurrent.Callable<Integer> {
  // MCP clients start the jar with no arguments: serve is the default command.
  @Override
  public Integer call() throws InterruptedException {
    return new ServeCommand().call();
  }

  /**
   * Runs the command line and returns the exit code. With no arguments (how MCP clients start the
   * jar) it serves at once, without building the command tree: that costs ~80 ms of reflection
   * before the first {@code tools/list} could be answered.
   */
  public static int run(String... args) {
    if (args.length == 0) {
      try {
        return new ServeCommand().call();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ExitCodes.ENGINE_ERROR;
      } catch (RuntimeException e) {
        System.err.println("aws-mcp: " + e.getMessage());
        return ExitCodes.ENGINE_ERROR;
      }
    }
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    return new CommandLine(new AwsMcpCommand())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("aws-mcp: " + e.getMessage());
          return ExitCodes.ENGINE_ERROR;
        });
  }
}
