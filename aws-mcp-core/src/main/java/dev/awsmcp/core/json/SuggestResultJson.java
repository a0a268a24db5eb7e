package dev.awsmcp.core.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.suggest.RequiredParameter;
import dev.awsmcp.api.suggest.SuggestResult;
import dev.awsmcp.api.suggest.Suggestion;

/**
 * A {@link SuggestResult} as the command line and the tools print it:
 * {@code {"query", "semanticReady", "suggestions": [{"command", "score", "description",
 * "requiredParameters": [{"name", "type"}]}]}}, or {@code {"query", "error": {"kind", "code",
 * "message"}}} when the request could not be searched. Scores are rounded to four decimals.
 */
public final class SuggestResultJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SuggestResultJson() {}

  public static ObjectNode of(SuggestResult result) {
    ObjectNode o = F.objectNode();
    o.put("query", result.query());
    if (result.error().isPresent()) {
      o.set("error", ParsedCommandJson.error(result.error().get()));
      return o;
    }
    o.put("semanticReady", result.semanticReady());
    ArrayNode suggestions = o.putArray("suggestions");
    for (Suggestion s : result.suggestions()) {
      ObjectNode item = suggestions.addObject();
      item.put("command", s.command());
      item.put("score", Math.round(s.score() * 10_000) / 10_000.0);
      item.put("description", s.description());
      ArrayNode required = item.putArray("requiredParameters");
      for (RequiredParameter p : s.requiredParameters()) {
        required.addObject().put("name", p.name()).put("type", p.type());
      }
    }
    return o;
  }
}
