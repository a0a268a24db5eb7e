package dev.awsmcp.core.protocol.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.HostPrefix;
import dev.awsmcp.core.protocol.IdempotencyTokens;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.RequestChecksums;
import dev.awsmcp.core.protocol.RequestCompression;
import dev.awsmcp.core.protocol.ServiceRequestHandlers;
import dev.awsmcp.core.protocol.WireRequest;
import dev.awsmcp.core.protocol.WireResponse;

/**
 * awsJson1_0 and awsJson1_1 (botocore's {@code json}): every call is a POST to {@code /} naming
 * the operation in {@code X-Amz-Target}, with the whole input as a JSON body ({@code {}} at
 * least); the JSON version comes from the service metadata. awsQueryCompatible services are sent
 * {@code x-amzn-query-mode: true}. Stateless and thread-safe.
 */
public final class AwsJsonCodec implements ProtocolCodec {
  private static final ObjectNode EMPTY = JsonNodeFactory.instance.objectNode();

  @Override
  public WireRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
    Shape shape = operation.inputShape().map(service::shape).orElse(null);
    ObjectNode values = input == null ? EMPTY : ServiceRequestHandlers.beforeSerialize(service, operation, input);
    if (shape != null) {
      values = IdempotencyTokens.fill(shape, values);
    }
    ObjectNode json = shape == null ? JsonNodeFactory.instance.objectNode() : JsonBodyWriter.structure(shape, values);
    byte[] body = JsonDocuments.bytes(json);
    String version = service.metadata().jsonVersion().orElse("1.0");
    String target = service.metadata().targetPrefix().map(p -> p + ".").orElse("") + operation.name();
    WireRequest.Builder request = WireRequest.builder("POST", "/")
        .header("X-Amz-Target", target)
        .header("Content-Type", "application/x-amz-json-" + version)
        .body(body)
        .hostPrefix(HostPrefix.expand(operation, values));
    if (service.metadata().awsQueryCompatible()) {
      // Asks the service for query-era error codes in x-amzn-query-error.
      request.header("x-amzn-query-mode", "true");
    }
    body = RequestCompression.apply(operation, request, body);
    RequestChecksums.apply(operation, values, request, body);
    return ServiceRequestHandlers.afterSerialize(service, operation, request.build());
  }

  @Override
  public ObjectNode parseOutput(ServiceModel service, Operation operation, WireResponse response) {
    if (operation.outputShape().isEmpty()) {
      return JsonNodeFactory.instance.objectNode();
    }
    return read(service.shape(operation.outputShape().get()), response);
  }

  @Override
  public ParsedError parseError(ServiceModel service, Operation operation, WireResponse response) {
    return JsonErrors.parse(service, operation, response, shape -> read(shape, response));
  }

  private static ObjectNode read(Shape shape, WireResponse response) {
    JsonNode json = JsonDocuments.parse(response.body());
    return JsonBodyReader.structure(shape.members().values(), json);
  }
}
