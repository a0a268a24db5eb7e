package dev.awsmcp.api;

import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.command.ParsedCommand;

/**
 * Runs a parsed, validated and permitted command against AWS: endpoint resolution, signing, the
 * wire protocol, retries, pagination, {@code --query} and output rendering.
 *
 * <p>Never throws for anything AWS, the network or the command can cause: service errors,
 * transport failures and unusable commands all come back as a {@link CallResult} that is not
 * {@linkplain CallResult#ok() ok}. Implementations are thread-safe.
 */
public interface Executor {

  /** Runs the command with the default options. */
  default CallResult execute(ParsedCommand command) {
    return execute(command, CallOptions.defaults());
  }

  CallResult execute(ParsedCommand command, CallOptions options);
}
