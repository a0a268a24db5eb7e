package dev.awsmcp.core.protocol.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.ErrorShapes;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the error of a failed awsJson or restJson1 response. The code comes from the
 * {@code x-amzn-ErrorType} header, else the body's {@code code}, else its {@code __type}, else the
 * HTTP status; it is sanitized (everything up to a {@code #} and from a {@code :} is dropped,
 * so {@code aws.example#FooError:http://...} is {@code FooError}). The modeled shape is found by
 * that code; awsQueryCompatible services also send the query-era code in the
 * {@code x-amzn-query-error} header ({@code Code;Sender}), and that is the code the CLI shows.
 */
final class JsonErrors {
  private JsonErrors() {}

  /**
   * @param fields reads the matched error shape's members from the response
   */
  static ParsedError parse(ServiceModel service, Operation operation, WireResponse response,
      Function<Shape, ObjectNode> fields) {
    JsonNode body = JsonDocuments.parseOrEmpty(response.body());
    String code = sanitize(rawCode(response, body));
    Optional<Shape> shape = ErrorShapes.find(service, operation, code);
    return new ParsedError(
        queryCompatibleCode(response).orElse(code),
        message(body, response.body()),
        requestId(response, body),
        shape.map(Shape::name),
        shape.map(s -> fieldsOrNone(fields, s)).orElseGet(JsonNodeFactory.instance::objectNode));
  }

  // The error is reported even when its modeled fields cannot be read: the code and message
  // matter more than the details.
  private static ObjectNode fieldsOrNone(Function<Shape, ObjectNode> fields, Shape shape) {
    try {
      return fields.apply(shape);
    } catch (ProtocolException e) {
      return JsonNodeFactory.instance.objectNode();
    }
  }

  private static String rawCode(WireResponse response, JsonNode body) {
    Optional<String> header = response.header("x-amzn-ErrorType");
    if (header.isPresent() && !header.get().isBlank()) {
      return header.get();
    }
    for (String field : new String[] {"code", "__type"}) {
      JsonNode v = body.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return String.valueOf(response.status());
  }

  /** {@code aws.example#FooError:http://internal...} → {@code FooError}. */
  static String sanitize(String code) {
    String c = code.trim();
    int colon = c.indexOf(':');
    if (colon >= 0) {
      c = c.substring(0, colon);
    }
    int hash = c.lastIndexOf('#');
    return hash >= 0 ? c.substring(hash + 1) : c;
  }

  // "AWS.SimpleQueueService.NonExistentQueue;Sender": botocore takes the code only when the
  // header has exactly these two parts and the code is not empty.
  private static Optional<String> queryCompatibleCode(WireResponse response) {
    return response.header("x-amzn-query-error").flatMap(h -> {
      String[] parts = h.split(";", -1);
      return parts.length == 2 && !parts[0].isBlank() ? Optional.of(parts[0].trim()) : Optional.empty();
    });
  }

  // A body that is not JSON (a proxy's error page) is the message itself, as botocore has it.
  private static String message(JsonNode body, byte[] raw) {
    for (String field : new String[] {"message", "Message", "errorMessage"}) {
      JsonNode v = body.get(field);
      if (v != null && v.isTextual()) {
        return v.asText();
      }
    }
    if (body.isEmpty() && raw.length > 0 && !JsonDocuments.isJson(raw)) {
      return new String(raw, StandardCharsets.UTF_8).trim();
    }
    return "";
  }

  private static Optional<String> requestId(WireResponse response, JsonNode body) {
    Optional<String> id = response.header("x-amzn-RequestId");
    if (id.isEmpty()) {
      id = response.header("x-amz-request-id");
    }
    if (id.isEmpty() && body.path("RequestId").isTextual()) {
      id = Optional.of(body.get("RequestId").asText());
    }
    return id;
  }
}
