package dev.awsmcp.api.exec;

import java.util.Objects;
import java.util.Optional;

/**
 * An error AWS answered with. It is a result, not an exception: the agent reads the code and
 * message and decides what to do.
 *
 * @param code the AWS error code, for example {@code AccessDenied} or {@code ThrottlingException}
 * @param message the service's message, empty when it sent none
 * @param httpStatus the HTTP status of the answer
 * @param requestId the AWS request id, if the answer carried one
 */
public record ServiceError(String code, String message, int httpStatus, Optional<String> requestId) {
  public ServiceError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(requestId, "requestId");
  }
}
