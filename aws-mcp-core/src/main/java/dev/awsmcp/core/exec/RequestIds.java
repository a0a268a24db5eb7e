package dev.awsmcp.core.exec;

import dev.awsmcp.core.protocol.WireResponse;
import java.util.Optional;

/** The request id headers AWS services use, most specific first. */
final class RequestIds {
  private static final String[] HEADERS = {"x-amzn-RequestId", "x-amz-request-id"};

  private RequestIds() {}

  static Optional<String> of(WireResponse response) {
    for (String h : HEADERS) {
      Optional<String> v = response.header(h);
      if (v.isPresent() && !v.get().isBlank()) {
        return v;
      }
    }
    return Optional.empty();
  }
}
