package dev.awsmcp.core.policy.iam;

/**
 * How far a statement's Action or Resource element covers what a call needs. A known action or
 * ARN is matched or not; a prefix (a recursive {@code s3 rm}, a high-level command whose IAM
 * actions are not known) or an unknown resource may be matched only in part. An Allow needs
 * {@link #ALL}; a Deny applies on {@link #ALL} or {@link #SOME}, which is how the guard fails
 * closed when it cannot tell.
 */
enum Coverage {
  ALL, SOME, NONE;

  /** The coverage of {@code NotAction}/{@code NotResource}: every resource not matched, and the unsure stays unsure. */
  Coverage negate() {
    return switch (this) {
      case ALL -> NONE;
      case NONE -> ALL;
      case SOME -> SOME;
    };
  }

  /** The coverage of a list of patterns: the best single pattern's. */
  Coverage or(Coverage other) {
    return this.ordinal() <= other.ordinal() ? this : other;
  }
}
