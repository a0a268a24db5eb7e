package dev.awsmcp.core.tools;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.json.ParsedCommandJson;
import java.util.Objects;

/**
 * A tool's answer: one JSON object (MCP structured content; a LangChain4j tool's text), and
 * whether the call itself failed. An AWS service error is not a failure of the call: it is an
 * answer like any other.
 *
 * @param content the answer; a copy is kept and handed out
 * @param isError the call failed (bad arguments, every command refused): the agent must change
 *     what it sent
 */
public record ToolResult(ObjectNode content, boolean isError) {
  public ToolResult {
    content = Objects.requireNonNull(content, "content").deepCopy();
  }

  @Override
  public ObjectNode content() {
    return content.deepCopy();
  }

  /** The answer as compact JSON text. */
  public String json() {
    return content.toString();
  }

  /** A failed call: {@code {"error": {"kind", "code", "message"}}}, with the engine's codes. */
  public static ToolResult error(ErrorCode code, String message) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("error", ParsedCommandJson.error(CommandError.of(code, message)));
    return new ToolResult(o, true);
  }
}
