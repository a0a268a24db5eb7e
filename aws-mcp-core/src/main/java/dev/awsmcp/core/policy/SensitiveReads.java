package dev.awsmcp.core.policy;

import java.util.Locale;

/** What to do with reads that return secrets ({@link OperationClass#SENSITIVE_READ}). */
public enum SensitiveReads {
  ALLOW, CONSENT, DENY;

  /** {@code allow}, {@code consent} or {@code deny}; throws naming the allowed values otherwise. */
  public static SensitiveReads parse(String value, String where) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PolicyConfigurationException(where + ": '" + value + "' is not one of allow, consent, deny");
    }
  }
}
