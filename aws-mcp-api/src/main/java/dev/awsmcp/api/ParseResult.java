package dev.awsmcp.api;

import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CommandParser} made of a command line: either the parsed command or the
 * errors that stopped it (never both, never neither).
 */
public final class ParseResult {
  private final ParsedCommand command;
  private final List<CommandError> errors;

  private ParseResult(ParsedCommand command, List<CommandError> errors) {
    this.command = command;
    this.errors = List.copyOf(errors);
  }

  public static ParseResult success(ParsedCommand command) {
    return new ParseResult(Objects.requireNonNull(command, "command"), List.of());
  }

  public static ParseResult failure(CommandError error) {
    return new ParseResult(null, List.of(Objects.requireNonNull(error, "error")));
  }

  public static ParseResult failure(List<CommandError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a failure needs at least one error");
    }
    return new ParseResult(null, errors);
  }

  public boolean isSuccess() {
    return command != null;
  }

  /** The parsed command; throws {@link NoSuchElementException} on a failure. */
  public ParsedCommand command() {
    if (command == null) {
      throw new NoSuchElementException("parse failed: " + errors.get(0).message());
    }
    return command;
  }

  public Optional<ParsedCommand> commandIfSuccess() {
    return Optional.ofNullable(command);
  }

  /** The errors of a failure, first the one that stopped parsing; empty on success. */
  public List<CommandError> errors() {
    return errors;
  }

  @Override
  public String toString() {
    return command != null ? "ParseResult[" + command + "]" : "ParseResult" + errors;
  }
}
