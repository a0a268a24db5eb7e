package dev.awsmcp.core.tools;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.json.ParsedCommandJson;
import java.util.Objects;
import java.util.Optional;

/**
 * A tool's answer: one JSON object (MCP structured content; a LangChain4j tool's text), and
 * whether the call itself failed. An AWS service error is not a failure of the call: it is an
 * answer like any other. A tool whose answer is a document for the agent to read (an execution
 * plan) also gives it as Markdown, which surfaces send as the text instead of the JSON.
 *
 * @param content the answer; a copy is kept and handed out
 * @param isError the call failed (bad arguments, every command refused): the agent must change
 *     what it sent
 * @param markdown the answer as a document, when the tool writes one
 */
public record ToolResult(ObjectNode content, boolean isError, Optional<String> markdown) {
  public ToolResult {
    content = Objects.requireNonNull(content, "content").deepCopy();
    Objects.requireNonNull(markdown, "markdown");
  }

  /** An answer that is JSON only. */
  public ToolResult(ObjectNode content, boolean isError) {
    this(content, isError, Optional.empty());
  }

  @Override
  public ObjectNode content() {
    return content.deepCopy();
  }

  /** The answer as compact JSON text. */
  public String json() {
    return content.toString();
  }

  /** What an agent reads as text: the Markdown when the tool wrote one, else the JSON. */
  public String text() {
    return markdown.orElseGet(this::json);
  }

  /** A successful answer that is a document: the agent reads the Markdown, a program the JSON. */
  public static ToolResult document(ObjectNode content, String markdown) {
    return new ToolResult(content, false, Optional.of(markdown));
  }

  /** A failed call: {@code {"error": {"kind", "code", "message"}}}, with the engine's codes. */
  public static ToolResult error(ErrorCode code, String message) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("error", ParsedCommandJson.error(CommandError.of(code, message)));
    return new ToolResult(o, true);
  }
}
