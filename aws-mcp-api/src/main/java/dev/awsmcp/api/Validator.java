package dev.awsmcp.api;

import dev.awsmcp.api.command.ParsedCommand;

/**
 * Checks a parsed command's input against the constraints of the service model: required
 * members, types, enums, minimum lengths, patterns, ranges and unknown keys. Maximum lengths are
 * deliberately not enforced, so that a model older than the service does not refuse valid input.
 *
 * <p>Implementations are thread-safe and never throw for bad input.
 */
public interface Validator {

  ValidationReport validate(ParsedCommand command);
}
