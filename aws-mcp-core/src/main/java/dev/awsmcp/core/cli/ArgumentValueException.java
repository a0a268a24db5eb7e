package dev.awsmcp.core.cli;

import dev.awsmcp.api.error.ErrorCode;

/**
 * Why a value could not be read, thrown inside the value layer and turned into a
 * {@link ValueResult} at its edge. Carries no stack trace: it is an expected outcome, not a bug,
 * and the shorthand parser throws it while backtracking.
 */
class ArgumentValueException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  ArgumentValueException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  ErrorCode code() {
    return code;
  }
}
