package dev.awsmcp.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.json.ParsedCommandJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parse CMD} and {@code parse -}: the API call a command means, without network. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Print the API call an AWS CLI command means, as JSON, without network access.",
      "With '-', read one command per line from standard input and print one JSON object per line."
    })
final class ParseCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "CMD", description = "The command, e.g. \"aws ec2 describe-instances\", or - for stdin.")
  String command;

  @Override
  public Integer call() throws IOException {
    AwsMcp engine = Engines.fromEnvironment();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    if (!command.equals("-")) {
      boolean ok = print(engine, command, out);
      out.flush();
      return ok ? ExitCodes.OK : ExitCodes.REFUSED;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      print(engine, line, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static boolean print(AwsMcp engine, String line, PrintStream out) throws IOException {
    ParseResult result = engine.parseAndValidate(line);
    ObjectNode json = result.isSuccess()
        ? ParsedCommandJson.command(result.command(), engine.isReadOnly(result.command()))
        : ParsedCommandJson.errors(result.errors());
    out.println(JSON.writeValueAsString(json));
    return result.isSuccess();
  }
}
