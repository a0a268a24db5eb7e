package dev.awsmcp.core.endpoint;

/** No endpoint: the rule set ended in an error rule, or a parameter was unusable. */
public final class EndpointException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EndpointException(String message) {
    super(message);
  }

  public EndpointException(String message, Throwable cause) {
    super(message, cause);
  }
}
