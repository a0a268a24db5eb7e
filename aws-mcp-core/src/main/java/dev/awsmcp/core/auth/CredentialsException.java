package dev.awsmcp.core.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * No usable credentials for a call. The {@link Reason} is stable and machine-readable; the message
 * says what was looked at and what to do. Messages never contain secrets.
 */
public final class CredentialsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why no credentials came out. */
  public enum Reason {
    /** The named profile is in neither the config nor the credentials file. */
    PROFILE_NOT_FOUND,
    /** Nothing anywhere in the chain supplied credentials. */
    NO_CREDENTIALS,
    /** A profile or variable is set up wrongly (missing or conflicting settings, a cycle, a broken file). */
    INVALID_CONFIGURATION,
    /** The profile needs something this engine cannot do (an MFA prompt). */
    UNSUPPORTED,
    /** A configured source failed: STS refused, the process failed, the SSO or login session expired. */
    PROVIDER_FAILED
  }

  private final Reason reason;
  private final String profile;
  private final List<String> knownProfiles;

  CredentialsException(Reason reason, Optional<String> profile, List<String> knownProfiles, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.profile = profile.orElse(null);
    this.knownProfiles = List.copyOf(knownProfiles);
  }

  CredentialsException(Reason reason, Optional<String> profile, String message) {
    this(reason, profile, List.of(), message, null);
  }

  public Reason reason() {
    return reason;
  }

  /** The profile being resolved, if any. */
  public Optional<String> profile() {
    return Optional.ofNullable(profile);
  }

  /** For {@link Reason#PROFILE_NOT_FOUND}: the profiles that do exist, sorted; otherwise empty. */
  public List<String> knownProfiles() {
    return knownProfiles;
  }
}
