package dev.awsmcp.core.policy;

/**
 * The safety configuration cannot be used: a malformed policy file, an unknown setting value.
 * Thrown when the engine is built, so a mistake stops start-up instead of quietly weakening the
 * guard; the message names the file or variable and what is wrong.
 */
public final class PolicyConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PolicyConfigurationException(String message) {
    super(message);
  }

  public PolicyConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
