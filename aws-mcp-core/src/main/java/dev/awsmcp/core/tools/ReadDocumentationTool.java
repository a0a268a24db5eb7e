package dev.awsmcp.core.tools;

import dev.awsmcp.api.DocsClient;
import dev.awsmcp.core.json.DocsResultJson;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code read_documentation}: one window of a page as Markdown, answered as {@link DocsResultJson#page}. */
final class ReadDocumentationTool {
  static final String NAME = "read_documentation";

  private static final String DESCRIPTION = "Read an AWS docs page (https://docs.aws.amazon.com/...) or 'aws SERVICE"
      + " OPERATION' as Markdown, in windows: pass start_index=nextStartIndex for more.";

  private static final String INPUT = """
      {"type":"object","properties":{"url":{"type":"string"},"start_index":{"type":"integer","minimum":0},
      "max_length":{"type":"integer","minimum":1,"description":"Default 5000"}},"required":["url"]}""";

  private static final String OUTPUT = """
      {"type":"object","properties":{"ok":{"type":"boolean"},"content":{"type":"string"},
      "nextStartIndex":{"type":"integer"}},"required":["ok"]}""";

  /** A window larger than this is cut to it: a page read whole would flood the agent's context. */
  static final int MAX_LENGTH = 100_000;

  private ReadDocumentationTool() {}

  static ToolDefinition definition(Supplier<DocsClient> docs) {
    return new ToolDefinition(NAME, DESCRIPTION, Schemas.parse(INPUT), Optional.of(Schemas.parse(OUTPUT)),
        ToolAnnotations.outsideRead(), (arguments, context) -> {
          try {
            ToolArguments args = new ToolArguments(arguments, "url", "start_index", "max_length");
            String url = args.requiredText("url");
            int start = args.optionalInt("start_index", 0, Integer.MAX_VALUE).orElse(0);
            int length = args.optionalInt("max_length", 1, MAX_LENGTH).orElse(DocsClient.DEFAULT_MAX_LENGTH);
            return DocsAnswers.of(DocsResultJson.page(docs.get().read(url, start, length)));
          } catch (InvalidArgumentException e) {
            return e.toResult();
          }
        });
  }
}
