package dev.awsmcp.core.model;

/** A model that cannot be read or is inconsistent: broken infrastructure, not bad input. */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
