package dev.awsmcp.api;

/**
 * Reads an AWS CLI command line ({@code aws ec2 describe-instances --instance-ids i-1}) the way
 * the AWS CLI does, against the AWS service models, without any network access.
 *
 * <p>Implementations are thread-safe: build one and share it. {@link #parse} never throws for
 * bad input; every problem is a {@link dev.awsmcp.api.error.CommandError} in the result.
 */
public interface CommandParser {

  /**
   * Parses one command line. The leading {@code aws} is optional.
   *
   * @param commandLine the command as an agent or user wrote it
   * @return the parsed command or why it could not be parsed
   */
  ParseResult parse(String commandLine);
}
