package dev.awsmcp.core.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Answers one call of a tool. */
@FunctionalInterface
public interface ToolHandler {
  /**
   * @param arguments the call's arguments as the client sent them (never null; maybe empty)
   * @param context progress, warnings and consent for this call
   * @return the answer; bad arguments are an {@linkplain ToolResult#isError() error result}
   */
  ToolResult handle(ObjectNode arguments, ToolContext context);
}
