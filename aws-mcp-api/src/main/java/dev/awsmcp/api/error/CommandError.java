package dev.awsmcp.api.error;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem with a command: a stable code, its kind, a message written for the agent, and
 * suggestions ("did you mean ...") where the engine has some.
 *
 * @param code the stable machine-readable code
 * @param kind who should act on the error
 * @param message a human and agent readable explanation
 * @param parameter the CLI parameter concerned (for example {@code --instance-ids}), if any
 * @param suggestions likely corrections, best first; never null
 */
public record CommandError(
    ErrorCode code, ErrorKind kind, String message, Optional<String> parameter, List<String> suggestions) {

  public CommandError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(parameter, "parameter");
    suggestions = List.copyOf(suggestions);
  }

  /** An error of the code's default kind without parameter or suggestions. */
  public static CommandError of(ErrorCode code, String message) {
    return new CommandError(code, code.defaultKind(), message, Optional.empty(), List.of());
  }

  /** An error about one parameter, of the code's default kind. */
  public static CommandError forParameter(ErrorCode code, String parameter, String message) {
    return new CommandError(code, code.defaultKind(), message, Optional.of(parameter), List.of());
  }

  /** This error with the given suggestions. */
  public CommandError withSuggestions(List<String> newSuggestions) {
    return new CommandError(code, kind, message, parameter, newSuggestions);
  }
}
