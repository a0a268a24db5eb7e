package dev.awsmcp.core.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.ErrorCode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One tool, defined once for every surface: MCP builds its tool specification from it and
 * LangChain4j its tool specification, so names, descriptions and schemas never drift apart.
 * Immutable; the schemas are copied in and out.
 *
 * @param name the tool's name, {@code [A-Za-z0-9_.-]+} as MCP requires
 * @param description what the agent reads to decide when and how to call it
 * @param inputSchema the JSON schema of the arguments (an object schema)
 * @param outputSchema the JSON schema of a successful answer, when the tool declares one
 * @param annotations hints for the client (read-only, destructive, ...)
 * @param handler answers calls; reached through {@link #call}, which never throws
 */
public record ToolDefinition(String name, String description, ObjectNode inputSchema, Optional<ObjectNode> outputSchema,
    ToolAnnotations annotations, ToolHandler handler) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,128}");

  public ToolDefinition {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a tool name must match " + NAME + ": " + name);
    }
    Objects.requireNonNull(description, "description");
    inputSchema = Objects.requireNonNull(inputSchema, "inputSchema").deepCopy();
    outputSchema = Objects.requireNonNull(outputSchema, "outputSchema").map(ObjectNode::deepCopy);
    Objects.requireNonNull(annotations, "annotations");
    Objects.requireNonNull(handler, "handler");
  }

  @Override
  public ObjectNode inputSchema() {
    return inputSchema.deepCopy();
  }

  @Override
  public Optional<ObjectNode> outputSchema() {
    return outputSchema.map(ObjectNode::deepCopy);
  }

  /**
   * Answers one call. Never throws: a failure of the handler (or of the engine behind it) is an
   * error result saying what failed.
   */
  public ToolResult call(ObjectNode arguments, ToolContext context) {
    try {
      ToolResult r = handler.handle(arguments == null ? ToolArguments.empty() : arguments.deepCopy(),
          context == null ? ToolContext.NONE : context);
      return r != null ? r : ToolResult.error(ErrorCode.INTERNAL_ERROR, name + " gave no answer");
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return ToolResult.error(ErrorCode.INTERNAL_ERROR, name + " failed: " + e);
    }
  }

  @Override
  public String toString() {
    return "ToolDefinition[" + name + "]";
  }
}
