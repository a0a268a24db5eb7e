package dev.awsmcp.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.api.suggest.SuggestResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.json.SuggestResultJson;
import dev.awsmcp.core.suggest.OfflineCommandSuggester;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code suggest QUERY} and {@code suggest -}: AWS CLI commands for plain-language requests. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Suggest AWS CLI commands for a request in plain words and print them as one JSON object.",
      "With '-', read one request per line from standard input and print one JSON object per line.",
      "The first run builds the index of every operation (a minute or two, progress on standard error)"
          + " and caches it; later runs read it in about a second."
    })
final class SuggestCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "QUERY", description = "The request, e.g. \"stop my EC2 instances\", or - for stdin.")
  String query;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "How many suggestions (default 5, at most 50).")
  int limit;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "900",
      description = "How long to wait for the semantic index before answering from the lexical one alone (default 900; 0 answers at once).")
  long waitSeconds;

  @Option(names = "--cache-dir", paramLabel = "DIR", description = "Where the index is cached (AWS_MCP_SUGGEST_CACHE_DIR; default ~/.cache/aws-mcp/suggest).")
  Path cacheDirectory;

  @Override
  public Integer call() throws IOException {
    AwsMcp.Builder builder = Engines.builderFromEnvironment();
    if (cacheDirectory != null) {
      builder.suggestCacheDirectory(cacheDirectory);
    }
    OfflineCommandSuggester suggester = builder.build().suggester();
    if (waitSeconds > 0) {
      suggester.awaitSemantic(Duration.ofSeconds(waitSeconds));
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    if (!query.equals("-")) {
      SuggestResult result = suggester.suggest(query, limit);
      out.println(JSON.writeValueAsString(SuggestResultJson.of(result)));
      out.flush();
      return result.isSuccess() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      out.println(JSON.writeValueAsString(SuggestResultJson.of(suggester.suggest(line, limit))));
      out.flush();
    }
    return ExitCodes.OK;
  }

}
