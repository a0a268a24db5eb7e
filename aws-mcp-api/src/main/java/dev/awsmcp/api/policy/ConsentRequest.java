package dev.awsmcp.api.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * One question for a human.
 *
 * @param commandLine the command, with secret values redacted
 * @param service the service as written on the command line ({@code s3api})
 * @param operation the operation as written on the command line ({@code delete-object})
 * @param reason why the policy asks, naming the rule
 * @param timeout how long the engine waits for an answer before counting it as declined
 */
public record ConsentRequest(String commandLine, String service, String operation, String reason, Duration timeout) {
  public ConsentRequest {
    Objects.requireNonNull(commandLine, "commandLine");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** The question as one sentence, for prompts that show plain text. */
  public String message() {
    return "Allow the agent to run `" + commandLine + "`? " + reason;
  }
}
