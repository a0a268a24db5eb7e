package dev.awsmcp.core.tools;

import dev.awsmcp.api.DocsClient;
import dev.awsmcp.api.docs.SearchFilters;
import dev.awsmcp.core.json.DocsResultJson;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code search_documentation}: the {@link DocsClient}'s search, answered as {@link DocsResultJson#search}. */
final class SearchDocumentationTool {
  static final String NAME = "search_documentation";

  private static final String DESCRIPTION = "Search AWS documentation; returns ranked pages (title, url, context)."
      + " Offline it searches the API models; urls then look like 'aws s3api get-object'.";

  private static final String INPUT = """
      {"type":"object","properties":{"search_phrase":{"type":"string"},
      "limit":{"type":"integer","minimum":1,"maximum":50,"description":"Default 10"}},"required":["search_phrase"]}""";

  private static final String OUTPUT = """
      {"type":"object","properties":{"ok":{"type":"boolean"},"results":{"type":"array","items":{"type":"object"}}},
      "required":["ok"]}""";

  private SearchDocumentationTool() {}

  static ToolDefinition definition(Supplier<DocsClient> docs) {
    return new ToolDefinition(NAME, DESCRIPTION, Schemas.parse(INPUT), Optional.of(Schemas.parse(OUTPUT)),
        ToolAnnotations.outsideRead(), (arguments, context) -> {
          try {
            ToolArguments args = new ToolArguments(arguments, "search_phrase", "limit");
            String phrase = args.requiredText("search_phrase");
            int limit = args.optionalInt("limit", 1, DocsClient.MAX_SEARCH_LIMIT).orElse(DocsClient.DEFAULT_SEARCH_LIMIT);
            return DocsAnswers.of(DocsResultJson.search(docs.get().search(phrase, limit, SearchFilters.none())));
          } catch (InvalidArgumentException e) {
            return e.toResult();
          }
        });
  }
}
