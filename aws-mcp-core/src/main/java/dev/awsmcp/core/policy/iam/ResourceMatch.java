package dev.awsmcp.core.policy.iam;

/**
 * Whether a statement's resource element matches a {@link RequestResource}. A known ARN either
 * matches or not; a prefix or an unknown resource may match only some of the resources the call
 * touches. An Allow needs {@link #ALL}; a Deny applies on {@link #ALL} or {@link #SOME}, which is
 * how the guard fails closed when it cannot tell.
 */
enum ResourceMatch {
  ALL, SOME, NONE;

  /** The match of {@code NotResource}: every resource not matched, and the unsure stays unsure. */
  ResourceMatch negate() {
    return switch (this) {
      case ALL -> NONE;
      case NONE -> ALL;
      case SOME -> SOME;
    };
  }

  /** The match of a list of patterns: the best single pattern's. */
  ResourceMatch or(ResourceMatch other) {
    return this.ordinal() <= other.ordinal() ? this : other;
  }
}
