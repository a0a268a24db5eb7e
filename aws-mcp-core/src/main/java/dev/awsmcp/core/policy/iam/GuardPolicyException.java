package dev.awsmcp.core.policy.iam;

/**
 * A guard policy that cannot be used: unreadable, not JSON, or not a policy the guard
 * understands. Loading stops with this exception; a policy is never partly applied or silently
 * skipped. The message names the policy and the JSON path of the fault, for example {@code guard
 * policy "deny.json": $.Statement[1].Effect: must be "Allow" or "Deny", got "allow"}.
 */
public final class GuardPolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String policyId;
  private final String path;

  GuardPolicyException(String policyId, String path, String problem) {
    this(policyId, path, problem, null);
  }

  GuardPolicyException(String policyId, String path, String problem, Throwable cause) {
    super("guard policy \"" + policyId + "\": " + path + ": " + problem, cause);
    this.policyId = policyId;
    this.path = path;
  }

  /** The policy's file name or id. */
  public String policyId() {
    return policyId;
  }

  /** The JSON path of the fault, {@code $} for the whole document. */
  public String path() {
    return path;
  }
}
