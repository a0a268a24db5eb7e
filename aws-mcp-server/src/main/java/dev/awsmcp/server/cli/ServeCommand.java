package dev.awsmcp.server.cli;

import dev.awsmcp.core.plans.ExecutionPlanSettings;
import dev.awsmcp.core.policy.PolicySettings;
import dev.awsmcp.server.mcp.McpServerSetup;
import dev.awsmcp.server.mcp.StdioMcpServer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve} (the default): the MCP server over standard input and output, or over streamable HTTP. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the MCP server over standard input and output (the default command), or over streamable HTTP.",
      "Configured by the environment as the Python reference server (READ_OPERATIONS_ONLY,"
          + " REQUIRE_MUTATION_CONSENT, AWS_REGION, AWS_API_MCP_PROFILE_NAME, AWS_API_MCP_WORKING_DIR,"
          + " AWS_API_MCP_AGENT_SCRIPTS_DIR, AWS_API_MCP_TRANSPORT, AWS_API_MCP_HOST, AWS_API_MCP_PORT, AUTH_TYPE, ...)."
    })
final class ServeCommand implements Callable<Integer> {
  static final String TRANSPORT = "AWS_API_MCP_TRANSPORT";
  static final String STDIO = "stdio";
  static final String STREAMABLE_HTTP = "streamable-http";

  @Option(names = "--read-only", description = "Refuse commands that change anything (READ_OPERATIONS_ONLY).")
  Boolean readOnly;

  @Option(names = "--transport", paramLabel = "stdio|streamable-http",
      description = "How clients reach the server (AWS_API_MCP_TRANSPORT); default stdio. streamable-http needs authentication.")
  String transportOption;

  /** The transport asked for, in lower case; stdio when nothing is said. */
  static String transport(String option, Map<String, String> env) {
    String t = (option != null ? option : env.getOrDefault(TRANSPORT, STDIO)).strip().toLowerCase(Locale.ROOT);
    return t.isEmpty() ? STDIO : t;
  }

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> env = System.getenv();
    String transport = transport(transportOption, env);
    if (!transport.equals(STDIO) && !transport.equals(STREAMABLE_HTTP)) {
      // Refusing beats serving stdio to a client configured otherwise, which would hang waiting.
      System.err.println("aws-mcp: " + TRANSPORT + "=" + transport + " is not a transport: use " + STDIO + " or " + STREAMABLE_HTTP);
      return ExitCodes.CONFIGURATION_REFUSED;
    }
    // Environment variables and the small policy files only (no models), so tools/list answers fast.
    PolicySettings settings = PolicySettings.fromEnvironment(env, Optional.empty());
    // A policy file's "readOnly" refuses mutations whatever the flag says, so it marks the tool too.
    boolean readOnlyMode = (readOnly != null ? readOnly : settings.readOnly()) || settings.policyFilesDeclareReadOnly();
    McpServerSetup setup = new McpServerSetup(() -> {
      var builder = Engines.builderFromEnvironment();
      if (readOnly != null) {
        builder.readOnly(readOnly);
      }
      return builder;
    }, readOnlyMode, ExecutionPlanSettings.fromEnvironment(env).enabled(), settings.consentTimeout(), VersionProvider.version());
    if (transport.equals(STREAMABLE_HTTP)) {
      // A class of its own, so that the stdio path never loads the HTTP server's classes.
      return StreamableHttp.serve(env, setup);
    }
    if (System.console() != null) {
      // A person typed the command: say why nothing seems to happen (on stderr; stdout is the pipe).
      System.err.println("aws-mcp: serving MCP over standard input and output; aws-mcp --help lists the other commands.");
    }
    new StdioMcpServer(setup).serve();
    return ExitCodes.OK;
  }
}
