package dev.awsmcp.core.policy.iam;

import java.util.Objects;

/**
 * One permission a call needs: an IAM action on a resource. Most calls need one; some need
 * several ({@code s3api copy-object} writes the target and reads the source, {@code
 * delete-objects} deletes every key it names), and all of them must be allowed.
 *
 * @param action for example {@code s3:PutObject}
 * @param resource the resource the action applies to
 */
record Access(RequestAction action, RequestResource resource) {

  Access {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
  }

  Access(String action, RequestResource resource) {
    this(RequestAction.of(action), resource);
  }

  @Override
  public String toString() {
    return action + " on " + resource;
  }
}
