package dev.awsmcp.api.suggest;

import java.util.List;
import java.util.Objects;

/**
 * One command that may do what was asked.
 *
 * @param command the command without parameters, for example {@code aws ec2 describe-instances}
 * @param cliService the CLI service name, for example {@code s3api}
 * @param cliOperation the CLI operation name, for example {@code list-buckets}
 * @param description a short description: the first sentence or two of the operation's documentation
 * @param requiredParameters the parameters the command cannot run without, in the CLI's order
 * @param score how well the command matches, in (0, 1]; higher is better, comparable only within one result
 */
public record Suggestion(
    String command,
    String cliService,
    String cliOperation,
    String description,
    List<RequiredParameter> requiredParameters,
    double score) {

  public Suggestion {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(cliService, "cliService");
    Objects.requireNonNull(cliOperation, "cliOperation");
    Objects.requireNonNull(description, "description");
    requiredParameters = List.copyOf(requiredParameters);
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in (0, 1]: " + score);
    }
  }
}
