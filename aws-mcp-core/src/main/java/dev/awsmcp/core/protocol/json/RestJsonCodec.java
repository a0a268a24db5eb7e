package dev.awsmcp.core.protocol.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.ServiceRequestHandlers;
import dev.awsmcp.core.protocol.WireRequest;
import dev.awsmcp.core.protocol.WireResponse;
import dev.awsmcp.core.protocol.rest.HttpBindingRequestWriter;
import dev.awsmcp.core.protocol.rest.HttpBindingResponseReader;

/**
 * restJson1 (botocore's {@code rest-json}): the shared HTTP binding layer with a JSON body for
 * the members no binding claims. Stateless and thread-safe.
 */
public final class RestJsonCodec implements ProtocolCodec {

  @Override
  public WireRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
    ObjectNode values = ServiceRequestHandlers.beforeSerialize(service, operation, input);
    WireRequest request = HttpBindingRequestWriter.write(service, operation, values, RestJsonBody.INSTANCE);
    return ServiceRequestHandlers.afterSerialize(service, operation, request);
  }

  @Override
  public ObjectNode parseOutput(ServiceModel service, Operation operation, WireResponse response) {
    if (operation.outputShape().isEmpty()) {
      return JsonNodeFactory.instance.objectNode();
    }
    return HttpBindingResponseReader.read(
        service, service.shape(operation.outputShape().get()), response, RestJsonBody.INSTANCE);
  }

  @Override
  public ParsedError parseError(ServiceModel service, Operation operation, WireResponse response) {
    return JsonErrors.parse(service, operation, response,
        shape -> HttpBindingResponseReader.read(service, shape, response, RestJsonBody.INSTANCE));
  }
}
