package dev.awsmcp.core.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.CommandSuggester;
import dev.awsmcp.api.suggest.SuggestResult;
import dev.awsmcp.core.json.SuggestResultJson;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code suggest_aws_commands}: the AWS CLI commands most likely to do what a plain-language
 * request asks, found offline in the local models (see {@code docs/suggest.md}). Same name and
 * argument as the reference server's tool.
 */
final class SuggestAwsCommandsTool {
  static final String NAME = "suggest_aws_commands";

  private static final String DESCRIPTION = "Suggest AWS CLI commands for a task described in plain words, with their"
      + " required parameters; offline. Use when unsure which command to run, then run one with call_aws.";

  private static final String INPUT = """
      {"type":"object","properties":{"query":{"type":"string","description":"The task, at most 2000 characters"}},
      "required":["query"]}""";

  private static final String OUTPUT = """
      {"type":"object","properties":{"query":{"type":"string"},"suggestions":{"type":"array","items":{"type":"object"}},
      "error":{"type":"object"}},"required":["query"]}""";

  private SuggestAwsCommandsTool() {}

  static ToolDefinition definition(Supplier<? extends CommandSuggester> suggester) {
    // Reads only the local models: read-only, idempotent, closed world.
    return new ToolDefinition(NAME, DESCRIPTION, Schemas.parse(INPUT), Optional.of(Schemas.parse(OUTPUT)),
        new ToolAnnotations(true, false, true, false), (arguments, context) -> {
          try {
            String query = new ToolArguments(arguments, "query").requiredText("query");
            SuggestResult result = suggester.get().suggest(query);
            ObjectNode json = SuggestResultJson.of(result);
            return new ToolResult(json, !result.isSuccess());
          } catch (InvalidArgumentException e) {
            return e.toResult();
          }
        });
  }
}
