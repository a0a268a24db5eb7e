package dev.awsmcp.core.exec;

/**
 * The service answered two pages in a row with the same next token, so following it would loop
 * forever. botocore raises {@code PaginationError} here; the executor reports it as an error of
 * the call (the pages merged so far are not a complete answer).
 */
final class RepeatedPaginationTokenException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  RepeatedPaginationTokenException(String message) {
    super(message);
  }
}
