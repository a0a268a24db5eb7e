package dev.awsmcp.core.exec;

import dev.awsmcp.api.error.ErrorCode;

/** A request that got no HTTP answer: refused, reset, timed out. Retryable by nature. */
final class TransportException extends Exception {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  TransportException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  ErrorCode code() {
    return code;
  }
}
