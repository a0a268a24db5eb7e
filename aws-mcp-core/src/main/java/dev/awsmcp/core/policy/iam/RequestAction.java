package dev.awsmcp.core.policy.iam;

import java.util.Objects;

/**
 * The IAM action a call needs: a known one such as {@code s3:GetObject}, or, for a high-level
 * command the guard cannot map, some action of a service prefix ({@code eks:?}).
 *
 * @param name {@code prefix:Name}, or {@code prefix:} when not known
 * @param known whether {@code name} is the action itself
 */
record RequestAction(String name, boolean known) {

  RequestAction {
    Objects.requireNonNull(name, "name");
  }

  static RequestAction of(String action) {
    return new RequestAction(action, true);
  }

  /** Some action of the service, which one the guard cannot tell. */
  static RequestAction anyOf(String prefix) {
    return new RequestAction(prefix + ":", false);
  }

  @Override
  public String toString() {
    return known ? name : "an unmapped " + name + "* action";
  }
}
