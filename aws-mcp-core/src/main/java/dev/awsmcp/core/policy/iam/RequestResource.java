package dev.awsmcp.core.policy.iam;

import java.util.Objects;

/**
 * The resource a call touches, as far as the engine can tell from the command alone: one ARN,
 * every ARN under a prefix (a recursive {@code s3 rm}), or unknown.
 *
 * @param kind how much is known
 * @param arn the ARN or the prefix; {@code *} when unknown
 */
record RequestResource(Kind kind, String arn) {

  /** How much the engine knows about the resource. */
  enum Kind { ARN, PREFIX, UNKNOWN }

  private static final RequestResource UNKNOWN = new RequestResource(Kind.UNKNOWN, "*");

  RequestResource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(arn, "arn");
  }

  static RequestResource arn(String arn) {
    return new RequestResource(Kind.ARN, arn);
  }

  /** Every resource whose ARN starts with {@code prefix}. */
  static RequestResource under(String prefix) {
    return new RequestResource(Kind.PREFIX, prefix);
  }

  /** No ARN can be derived from the command: the resource is {@code *}. */
  static RequestResource unknown() {
    return UNKNOWN;
  }

  @Override
  public String toString() {
    return kind == Kind.PREFIX ? arn + "*" : arn;
  }
}
