package dev.awsmcp.core.policy.iam;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine knows about itself when it evaluates guard policies: the server name it
 * reports as {@code aws:CalledViaAWSMCP}, the profile it uses when a command names none, and
 * the account, when known, for ARNs the guard builds from names (DynamoDB tables).
 *
 * @param serverName the value of {@code aws:CalledViaAWSMCP}, for example {@code aws-mcp}
 * @param defaultProfile the value of {@code awsmcp:Profile} for commands without {@code --profile}
 * @param account the caller's 12-digit account id, if known
 * @param clock the clock of {@code aws:CurrentTime} and {@code aws:EpochTime}
 */
public record GuardContext(String serverName, Optional<String> defaultProfile, Optional<String> account, Clock clock) {

  /** The server name this engine reports when none is configured. */
  public static final String DEFAULT_SERVER_NAME = "aws-mcp";

  public GuardContext {
    Objects.requireNonNull(serverName, "serverName");
    Objects.requireNonNull(defaultProfile, "defaultProfile");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(clock, "clock");
    if (serverName.isBlank()) {
      throw new IllegalArgumentException("the server name must not be blank");
    }
  }

  /** A context with this server name, no default profile, no account and the system clock. */
  public static GuardContext of(String serverName) {
    return new GuardContext(serverName, Optional.empty(), Optional.empty(), Clock.systemUTC());
  }

  public GuardContext withDefaultProfile(String profile) {
    return new GuardContext(serverName, Optional.of(profile), account, clock);
  }

  public GuardContext withAccount(String accountId) {
    return new GuardContext(serverName, defaultProfile, Optional.of(accountId), clock);
  }

  public GuardContext withClock(Clock c) {
    return new GuardContext(serverName, defaultProfile, account, c);
  }
}
