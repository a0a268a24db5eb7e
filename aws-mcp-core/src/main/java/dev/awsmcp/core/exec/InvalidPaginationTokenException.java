package dev.awsmcp.core.exec;

/**
 * A {@code --starting-token} that is neither a token this engine (or the AWS CLI) handed out nor
 * a plain service token. The executor reports it as a validation error: the agent should pass
 * the token exactly as it was returned.
 */
final class InvalidPaginationTokenException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidPaginationTokenException(String message) {
    super(message);
  }
}
