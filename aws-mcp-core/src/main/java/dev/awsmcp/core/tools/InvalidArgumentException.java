package dev.awsmcp.core.tools;

/** A tool argument the agent must fix; becomes an error result naming the argument, never escapes a tool. */
final class InvalidArgumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidArgumentException(String argument, String problem) {
    super("argument '" + argument + "' " + problem);
  }

  ToolResult toResult() {
    return ToolResult.error(dev.awsmcp.api.error.ErrorCode.INVALID_TYPE, getMessage());
  }
}
