package dev.awsmcp.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.api.error.ErrorKind;
import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.json.CallResultJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code call CMD} and {@code call -}: runs commands through the whole guarded pipeline. */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    description = {
      "Run an AWS CLI command through the guarded pipeline (parse, validate, policy, execute) and"
          + " print the result as one JSON object.",
      "With '-', read one command per line from standard input and print one JSON object per line.",
      "Point it at a local peer with --endpoint-url in the command or AWS_ENDPOINT_URL."
    })
final class CallCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "CMD", description = "The command, e.g. \"aws s3api list-buckets\", or - for stdin.")
  String command;

  @Option(names = "--read-only", description = "Refuse commands that change anything (READ_OPERATIONS_ONLY).")
  Boolean readOnly;

  @Option(names = "--working-dir", paramLabel = "DIR",
      description = "Where output files go and must stay (AWS_API_MCP_WORKING_DIR).")
  Path workingDirectory;

  @Option(names = "--max-results", paramLabel = "N", description = "Stop paginating after N items and return a continuation token.")
  Integer maxResults;

  @Option(names = "--max-response-chars", paramLabel = "N", description = "Cut longer answers (default 100000).")
  Integer maxResponseChars;

  @Option(names = {"-y", "--yes"}, description = "Approve every command that needs consent without asking."
      + " Without it, a terminal is asked; with no terminal, such commands are refused.")
  boolean yes;

  @Override
  public Integer call() throws IOException {
    AwsMcp.Builder builder = Engines.builderFromEnvironment();
    if (readOnly != null) {
      builder.readOnly(readOnly);
    }
    if (workingDirectory != null) {
      builder.workingDirectory(workingDirectory);
    }
    // With '-' standard input carries the commands, so the prompt cannot read from it.
    builder.consentHandler(TerminalConsent.of(yes, command.equals("-") ? null : System.console()));
    AwsMcp engine = builder.build();
    CallOptions options = CallOptions.defaults();
    if (maxResults != null) {
      options = options.withMaxResults(maxResults);
    }
    if (maxResponseChars != null) {
      options = options.withMaxResponseChars(maxResponseChars);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    if (!command.equals("-")) {
      CallResult result = engine.call(command, options);
      out.println(JSON.writeValueAsString(CallResultJson.of(result)));
      out.flush();
      return exitCode(result);
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      out.println(JSON.writeValueAsString(CallResultJson.of(engine.call(line, options))));
      out.flush();
    }
    return ExitCodes.OK;
  }

  static int exitCode(CallResult result) {
    if (result.ok()) {
      return ExitCodes.OK;
    }
    ErrorKind kind = result.error().orElseThrow().kind();
    return kind == ErrorKind.SERVICE || kind == ErrorKind.TRANSPORT ? ExitCodes.SERVICE_ERROR : ExitCodes.REFUSED;
  }
}
