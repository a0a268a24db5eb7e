package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.api.error.CommandError;
import java.util.Objects;

/**
 * What one argument's words turned into: the API input value, or the error that stops the
 * command. Immutable; the value is a tree built for this result alone, which the caller may keep
 * or change. {@link #toString()} never prints the value, which may be a secret.
 */
public final class ValueResult {
  private final JsonNode value;
  private final CommandError error;

  private ValueResult(JsonNode value, CommandError error) {
    this.value = value;
    this.error = error;
  }

  /** A successful result. */
  public static ValueResult of(JsonNode value) {
    return new ValueResult(Objects.requireNonNull(value, "value"), null);
  }

  /** A failed result. */
  public static ValueResult failure(CommandError error) {
    return new ValueResult(null, Objects.requireNonNull(error, "error"));
  }

  public boolean isSuccess() {
    return value != null;
  }

  public boolean isError() {
    return error != null;
  }

  /** The value; throws {@link IllegalStateException} (with the error's message) on failure. */
  public JsonNode value() {
    if (value == null) {
      throw new IllegalStateException("no value: " + error.message());
    }
    return value;
  }

  /** The error; throws {@link IllegalStateException} on success. */
  public CommandError error() {
    if (error == null) {
      throw new IllegalStateException("no error: the value was read");
    }
    return error;
  }

  @Override
  public String toString() {
    return value != null
        ? "ValueResult[" + value.getNodeType() + "]"
        : "ValueResult[" + error.code() + ": " + error.message() + "]";
  }
}
