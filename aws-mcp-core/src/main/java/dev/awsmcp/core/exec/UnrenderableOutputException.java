package dev.awsmcp.core.exec;

/**
 * A document the chosen {@code --output} format cannot lay out; the AWS CLI fails on the same
 * documents (for example {@code --output text} on a list mixing objects and strings, or a table
 * whose rows have different lengths). The executor reports it as an error of the call and may
 * suggest {@code --output json}.
 */
final class UnrenderableOutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnrenderableOutputException(String message) {
    super(message);
  }
}
