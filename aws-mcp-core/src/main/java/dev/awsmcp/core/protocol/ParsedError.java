package dev.awsmcp.core.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A service error as a codec read it from the wire.
 *
 * @param code the AWS error code as the CLI shows it (for awsQueryCompatible services the
 *     query-era code), for example {@code ResourceNotFoundException}
 * @param message the error message, or "" when none was sent
 * @param requestId the request id from headers or body, if any
 * @param shapeName the modeled error shape the code resolved to, if any
 * @param fields the modeled members of that error shape, parsed like an output (empty when the
 *     error is not modeled)
 */
public record ParsedError(
    String code, String message, Optional<String> requestId, Optional<String> shapeName, ObjectNode fields) {
  public ParsedError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(shapeName, "shapeName");
    Objects.requireNonNull(fields, "fields");
  }
}
