package dev.awsmcp.core.policy;

/** What running an operation can do, as far as the safety policy is concerned. */
public enum OperationClass {
  /** Only reads, and reveals no secret: allowed in read-only mode. */
  READ_ONLY,
  /** Reads, but what it returns is a secret (a secret string, a decrypted parameter, a plaintext key): its own setting. */
  SENSITIVE_READ,
  /** May change something, hands out credentials, or could not be shown to do neither. */
  MUTATING;

  /** The lower-case name used in configuration, output and audit lines. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
