package dev.awsmcp.core.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A documentation answer as a tool result: the call failed when the DocsClient answered with an error. */
final class DocsAnswers {
  private DocsAnswers() {}

  static ToolResult of(ObjectNode json) {
    return new ToolResult(json, !json.path("ok").asBoolean(false));
  }
}
