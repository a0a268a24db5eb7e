package dev.awsmcp.core.exec;

import dev.awsmcp.api.command.ParsedCommand;
import java.time.Duration;

/**
 * {@code --cli-read-timeout} of one command. The CLI reads 0 as "wait forever"; an agent's call
 * must end, so 0 means the longest wait this engine allows.
 */
final class CliTimeouts {
  static final Duration LONGEST = Duration.ofMinutes(15);

  private CliTimeouts() {}

  static Duration read(ParsedCommand command, Duration fallback) {
    String v = command.globalOptions().get("--cli-read-timeout");
    if (v == null) {
      return fallback;
    }
    double seconds;
    try {
      seconds = Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number of seconds: " + v);
    }
    if (seconds < 0 || Double.isNaN(seconds)) {
      throw new IllegalArgumentException("a timeout cannot be negative: " + v);
    }
    if (seconds == 0 || seconds > LONGEST.toSeconds()) {
      return LONGEST;
    }
    return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
  }
}
