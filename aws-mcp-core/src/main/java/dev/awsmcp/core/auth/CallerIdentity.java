package dev.awsmcp.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.api.exec.CallResult;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the engine acts as, from {@code sts get-caller-identity}.
 *
 * @param account the account id
 * @param arn the caller's ARN (a user, an assumed-role session, or the root user)
 * @param userId the unique id of the caller
 */
public record CallerIdentity(String account, String arn, String userId) {
  /** Said (loudly) wherever the engine reports acting as the root user. */
  public static final String ROOT_WARNING = "ROOT CREDENTIALS: the engine acts as the account's root user, which IAM"
      + " cannot restrict. Give the agent a role or user with only the permissions it needs.";

  public CallerIdentity {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(userId, "userId");
  }

  /** The identity in a successful {@code get-caller-identity} result. */
  public static Optional<CallerIdentity> of(CallResult result) {
    if (!result.ok() || result.response().isEmpty()) {
      return Optional.empty();
    }
    JsonNode r = result.response().get();
    return Optional.of(new CallerIdentity(r.path("Account").asText(""), r.path("Arn").asText(""), r.path("UserId").asText("")));
  }

  /** Whether these are the account's root user's credentials. */
  public boolean isRoot() {
    return arn.startsWith("arn:") && arn.endsWith(":root");
  }
}
