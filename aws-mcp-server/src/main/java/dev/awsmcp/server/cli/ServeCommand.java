package dev.awsmcp.server.cli;

import dev.awsmcp.core.plans.ExecutionPlanSettings;
import dev.awsmcp.core.policy.PolicySettings;
import dev.awsmcp.server.mcp.StdioMcpServer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve} (the default): the MCP server over standard input and output. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the MCP server over standard input and output (the default command).",
      "Configured by the environment as the Python reference server (READ_OPERATIONS_ONLY,"
          + " REQUIRE_MUTATION_CONSENT, AWS_REGION, AWS_API_MCP_PROFILE_NAME, AWS_API_MCP_WORKING_DIR,"
          + " AWS_API_MCP_AGENT_SCRIPTS_DIR, ...)."
    })
final class ServeCommand implements Callable<Integer> {
  static final String TRANSPORT = "AWS_API_MCP_TRANSPORT";

  @Option(names = "--read-only", description = "Refuse commands that change anything (READ_OPERATIONS_ONLY).")
  Boolean readOnly;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> env = System.getenv();
    String transport = env.getOrDefault(TRANSPORT, "stdio").strip();
    if (!transport.isEmpty() && !transport.equalsIgnoreCase("stdio")) {
      // Refusing beats serving stdio to a client configured for HTTP, which would hang waiting.
      System.err.println("aws-mcp: " + TRANSPORT + "=" + transport + " is not supported yet; only stdio is.");
      return ExitCodes.ENGINE_ERROR;
    }
    if (System.console() != null) {
      // A person typed the command: say why nothing seems to happen (on stderr; stdout is the pipe).
      System.err.println("aws-mcp: serving MCP over standard input and output; aws-mcp --help lists the other commands.");
    }
    // Only environment variables are read here (no files, no models), so tools/list answers fast.
    PolicySettings settings = PolicySettings.fromEnvironment(env, Optional.empty());
    // A policy file's "readOnly" refuses mutations whatever the flag says, so it marks the tool too.
    boolean readOnlyMode = (readOnly != null ? readOnly : settings.readOnly()) || settings.policyFilesDeclareReadOnly();
    new StdioMcpServer(() -> {
      var builder = Engines.builderFromEnvironment();
      if (readOnly != null) {
        builder.readOnly(readOnly);
      }
      return builder;
    }, readOnlyMode, ExecutionPlanSettings.fromEnvironment(env).enabled(), settings.consentTimeout(),
        VersionProvider.version()).serve();
    return ExitCodes.OK;
  }
}
