package dev.awsmcp.core.policy.iam;

import java.util.Objects;

/**
 * The resource a call touches, as far as the engine can tell from the command alone: one ARN,
 * one ARN in the caller's account when the account is not configured (a DynamoDB table named by
 * its name), every ARN under a prefix (a recursive {@code s3 rm}), or unknown.
 *
 * @param kind how much is known
 * @param arn the ARN (with {@code *} as account for {@link Kind#ANY_ACCOUNT}), or the prefix;
 *     {@code *} when unknown
 */
record RequestResource(Kind kind, String arn) {

  /** How much the engine knows about the resource. */
  enum Kind { ARN, ANY_ACCOUNT, PREFIX, UNKNOWN }

  private static final RequestResource UNKNOWN = new RequestResource(Kind.UNKNOWN, "*");

  RequestResource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(arn, "arn");
  }

  static RequestResource arn(String arn) {
    return new RequestResource(Kind.ARN, arn);
  }

  /** {@code arn:partition:service:region:*:resource}: the resource in the caller's account, which the guard does not know. */
  static RequestResource inCallersAccount(String arnWithStarAccount) {
    return new RequestResource(Kind.ANY_ACCOUNT, arnWithStarAccount);
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
