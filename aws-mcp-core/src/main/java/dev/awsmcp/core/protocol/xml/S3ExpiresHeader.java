package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.TimestampFormats;
import dev.awsmcp.core.protocol.WireResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * botocore's {@code handle_expires_header} for S3 objects: the {@code Expires} header is whatever
 * the uploader set, often not a date. botocore adds it verbatim as {@code ExpiresString} and, when
 * it is not a timestamp, leaves {@code Expires} out instead of failing the whole response.
 */
final class S3ExpiresHeader {
  private static final String EXPIRES = "Expires";

  private S3ExpiresHeader() {}

  /** The response to read: without its Expires header when that is not a timestamp. */
  static WireResponse readable(ServiceModel service, Operation operation, WireResponse response) {
    Optional<String> value = expires(service, operation, response);
    if (value.isEmpty() || parses(value.get())) {
      return response;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
    headers.keySet().removeIf(name -> name.equalsIgnoreCase(EXPIRES));
    return new WireResponse(response.status(), headers, response.body());
  }

  /** Adds {@code ExpiresString} to the output when the response had the header. */
  static void addExpiresString(ServiceModel service, Operation operation, WireResponse response, ObjectNode output) {
    expires(service, operation, response).ifPresent(v -> output.put("ExpiresString", v));
  }

  private static Optional<String> expires(ServiceModel service, Operation operation, WireResponse response) {
    if (!S3Responses.isS3(service) || operation.outputShape().isEmpty()) {
      return Optional.empty();
    }
    for (Member m : service.shape(operation.outputShape().get()).members().values()) {
      if (m.targetName().equals(EXPIRES) && m.traits().locationName().orElse("").equals(EXPIRES)) {
        return response.header(EXPIRES);
      }
    }
    return Optional.empty();
  }

  private static boolean parses(String text) {
    try {
      TimestampFormats.parseLeniently(text, TimestampFormats.Format.HTTP_DATE);
      return true;
    } catch (ProtocolException e) {
      return false;
    }
  }
}
