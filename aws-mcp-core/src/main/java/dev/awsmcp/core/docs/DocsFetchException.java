package dev.awsmcp.core.docs;

import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;

/**
 * Why a documentation endpoint gave no usable answer. Internal: the client turns it into a
 * {@link dev.awsmcp.api.docs.DocsResult} failure, or into a fallback when it {@link #mayFallBack()}.
 */
final class DocsFetchException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient CommandError error;

  DocsFetchException(ErrorCode code, String message) {
    super(message);
    this.error = CommandError.of(code, message);
  }

  CommandError error() {
    return error;
  }

  /**
   * Whether a cached or offline answer may stand in: yes when the network or the service failed,
   * no when the answer itself settles it (a refused address, a page that does not exist).
   */
  boolean mayFallBack() {
    return error.code() != ErrorCode.DOCS_URL_REFUSED && error.code() != ErrorCode.DOCS_NOT_FOUND;
  }
}
