package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.WireResponse;
import java.util.Optional;

/**
 * What one logical request (one page) came to after retries: an output, a service error, or a
 * failure before any usable answer.
 */
final class PageAnswer {
  private final ObjectNode output;
  private final ParsedError serviceError;
  private final CommandError failure;
  private final WireResponse response;
  private final int attempts;

  private PageAnswer(ObjectNode output, ParsedError serviceError, CommandError failure, WireResponse response, int attempts) {
    this.output = output;
    this.serviceError = serviceError;
    this.failure = failure;
    this.response = response;
    this.attempts = attempts;
  }

  static PageAnswer success(ObjectNode output, WireResponse response, int attempts) {
    return new PageAnswer(output, null, null, response, attempts);
  }

  static PageAnswer serviceError(ParsedError error, WireResponse response, int attempts) {
    return new PageAnswer(null, error, null, response, attempts);
  }

  static PageAnswer failure(CommandError failure, Optional<WireResponse> response, int attempts) {
    return new PageAnswer(null, null, failure, response.orElse(null), attempts);
  }

  boolean isSuccess() { return output != null; }

  Optional<ObjectNode> output() { return Optional.ofNullable(output); }

  Optional<ParsedError> serviceError() { return Optional.ofNullable(serviceError); }

  Optional<CommandError> failure() { return Optional.ofNullable(failure); }

  Optional<WireResponse> response() { return Optional.ofNullable(response); }

  int attempts() { return attempts; }
}
