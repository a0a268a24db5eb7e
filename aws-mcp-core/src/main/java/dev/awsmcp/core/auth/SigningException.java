package dev.awsmcp.core.auth;

/**
 * A request that cannot be signed as its endpoint asks (for example SigV4a without the AWS CRT).
 * Messages never contain credentials.
 */
public final class SigningException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SigningException(String message) {
    super(message);
  }

  public SigningException(String message, Throwable cause) {
    super(message, cause);
  }
}
