package dev.awsmcp.server.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.DocsClient;
import dev.awsmcp.api.docs.SearchFilters;
import dev.awsmcp.api.error.ErrorKind;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.json.DocsResultJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docs search PHRASE}, {@code docs read URL}, {@code docs recommend URL}: the DocsClient's answers as JSON. */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = "Search and read the AWS documentation; offline, the local models' documentation.",
    subcommands = {DocsCommand.Search.class, DocsCommand.Read.class, DocsCommand.Recommend.class})
final class DocsCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Options every docs subcommand takes. */
  static final class Settings {
    @Option(names = "--offline", description = "Never use the network (AWS_MCP_DOCS_OFFLINE).")
    boolean offline;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Where answers are cached (AWS_MCP_DOCS_CACHE_DIR).")
    Path cacheDir;

    DocsClient client() {
      AwsMcp.Builder builder = Engines.builderFromEnvironment();
      if (offline) {
        builder.docsOffline(true);
      }
      if (cacheDir != null) {
        builder.docsCacheDirectory(cacheDir);
      }
      return builder.build().docs();
    }
  }

  static int print(ObjectNode json) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println(json.toString());
    out.flush();
    if (json.get("ok").asBoolean()) {
      return ExitCodes.OK;
    }
    String kind = json.get("error").get("kind").asText();
    return kind.equals(ErrorKind.TRANSPORT.wireName()) ? ExitCodes.SERVICE_ERROR : ExitCodes.REFUSED;
  }

  @Command(name = "search", mixinStandardHelpOptions = true, description = "Search the documentation and print the hits.")
  static final class Search implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PHRASE", description = "What to look for.")
    String phrase;

    @Option(names = "--limit", paramLabel = "N", description = "At most N hits, 1 to 50 (default 10).")
    int limit = DocsClient.DEFAULT_SEARCH_LIMIT;

    @Option(names = "--product", paramLabel = "NAME", description = "Only this product, e.g. \"Amazon S3\" (repeatable).")
    List<String> products = List.of();

    @Option(names = "--guide", paramLabel = "NAME", description = "Only this guide, e.g. \"User Guide\" (repeatable).")
    List<String> guides = List.of();

    @Mixin Settings settings = new Settings();

    @Override
    public Integer call() {
      return print(DocsResultJson.search(settings.client().search(phrase, limit, new SearchFilters(products, guides))));
    }
  }

  @Command(name = "read", mixinStandardHelpOptions = true,
      description = "Read a docs.aws.amazon.com page (or 'aws SERVICE OPERATION') as Markdown.")
  static final class Read implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "The page, or 'aws SERVICE OPERATION' for a model reference page.")
    String url;

    @Option(names = "--start-index", paramLabel = "N", description = "Start at character N (default 0).")
    int startIndex;

    @Option(names = "--max-length", paramLabel = "N", description = "At most N characters (default 5000).")
    int maxLength = DocsClient.DEFAULT_MAX_LENGTH;

    @Option(names = "--section", paramLabel = "TITLE", description = "Read only the sections with these titles (repeatable).")
    List<String> sections = List.of();

    @Mixin Settings settings = new Settings();

    @Override
    public Integer call() {
      DocsClient client = settings.client();
      return print(sections.isEmpty()
          ? DocsResultJson.page(client.read(url, startIndex, maxLength))
          : DocsResultJson.sections(client.readSections(url, sections)));
    }
  }

  @Command(name = "recommend", mixinStandardHelpOptions = true, description = "Pages AWS recommends reading after URL.")
  static final class Recommend implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "A docs.aws.amazon.com page.")
    String url;

    @Mixin Settings settings = new Settings();

    @Override
    public Integer call() {
      return print(DocsResultJson.recommendations(settings.client().recommend(url)));
    }
  }
}
