package dev.awsmcp.core.tools;

import dev.awsmcp.api.DocsClient;
import dev.awsmcp.core.json.DocsResultJson;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code recommend}: pages AWS suggests after one, answered as {@link DocsResultJson#recommendations}. */
final class RecommendTool {
  static final String NAME = "recommend";

  private static final String DESCRIPTION = "Pages AWS recommends after a docs.aws.amazon.com page: highly rated,"
      + " related, new, similar.";

  private static final String INPUT = """
      {"type":"object","properties":{"url":{"type":"string"}},"required":["url"]}""";

  private static final String OUTPUT = """
      {"type":"object","properties":{"ok":{"type":"boolean"},"recommendations":{"type":"array","items":{"type":"object"}}},
      "required":["ok"]}""";

  private RecommendTool() {}

  static ToolDefinition definition(Supplier<DocsClient> docs) {
    return new ToolDefinition(NAME, DESCRIPTION, Schemas.parse(INPUT), Optional.of(Schemas.parse(OUTPUT)),
        ToolAnnotations.outsideRead(), (arguments, context) -> {
          try {
            String url = new ToolArguments(arguments, "url").requiredText("url");
            return DocsAnswers.of(DocsResultJson.recommendations(docs.get().recommend(url)));
          } catch (InvalidArgumentException e) {
            return e.toResult();
          }
        });
  }
}
