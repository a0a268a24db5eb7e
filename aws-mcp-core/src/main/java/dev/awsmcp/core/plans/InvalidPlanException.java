package dev.awsmcp.core.plans;

/** A plan file that cannot be used, and why; the file is skipped, never the whole catalogue. */
final class InvalidPlanException extends Exception {
  private static final long serialVersionUID = 1L;

  InvalidPlanException(String reason) {
    super(reason);
  }
}
