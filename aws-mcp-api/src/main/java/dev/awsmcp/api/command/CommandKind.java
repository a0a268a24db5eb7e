package dev.awsmcp.api.command;

/** What a parsed command asks for. */
public enum CommandKind {
  /** One API operation of one service. */
  OPERATION,
  /** Documentation ({@code help} as the last word) instead of a call. */
  HELP,
  /**
   * A high-level CLI command that is not one API operation ({@code s3 cp}, {@code s3 ls}, ...):
   * {@link ParsedCommand#operation()} is the command's name and {@link ParsedCommand#params()}
   * holds its arguments.
   */
  CUSTOM
}
