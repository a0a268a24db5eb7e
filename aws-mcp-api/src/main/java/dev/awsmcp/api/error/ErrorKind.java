package dev.awsmcp.api.error;

/**
 * What kind of failure an error is, and so who should act on it.
 *
 * <p>The distinction between {@link #VALIDATION} and {@link #MISSING_CONTEXT} is the one the
 * reference server makes: an agent fixes a validation error itself, but asks its user for
 * missing context (a required value only the user knows).
 */
public enum ErrorKind {
  /** The command is malformed; the agent should fix it. */
  VALIDATION("validation"),
  /** A required value is missing; the agent should ask the user for it. */
  MISSING_CONTEXT("missing_context"),
  /** The safety policy refused the command. */
  POLICY("policy"),
  /** AWS answered with an error. */
  SERVICE("service"),
  /** The request could not be delivered or its answer could not be read. */
  TRANSPORT("transport");

  private final String wireName;

  ErrorKind(String wireName) {
    this.wireName = wireName;
  }

  /** The stable name used in JSON output, for example {@code missing_context}. */
  public String wireName() {
    return wireName;
  }
}
