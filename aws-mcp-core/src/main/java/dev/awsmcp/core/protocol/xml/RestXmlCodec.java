package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.endpoint.RuleSetPlacedLabels;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.ServiceRequestHandlers;
import dev.awsmcp.core.protocol.WireRequest;
import dev.awsmcp.core.protocol.WireResponse;
import dev.awsmcp.core.protocol.rest.HttpBindingRequestWriter;
import dev.awsmcp.core.protocol.rest.HttpBindingResponseReader;
import java.util.Optional;

/**
 * The restXml protocol (botocore {@code rest-xml}: S3, CloudFront, Route 53, ...): the shared
 * HTTP bindings with XML bodies, errors in {@code <ErrorResponse><Error>} or S3's root
 * {@code <Error>}, and S3's quirks (the bucket and account id the endpoint rules place,
 * {@link RuleSetPlacedLabels}; {@link S3Responses}, {@link S3ExpiresHeader}). Stateless and
 * thread-safe.
 */
public final class RestXmlCodec implements ProtocolCodec {

  @Override
  public WireRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
    ObjectNode values = BotocoreInputHandlers.apply(
        service, operation, ServiceRequestHandlers.beforeSerialize(service, operation, input));
    WireRequest request = HttpBindingRequestWriter.write(
        service, RuleSetPlacedLabels.addressed(service, operation), values, RestXmlBodies.INSTANCE);
    return ServiceRequestHandlers.afterSerialize(service, operation, request);
  }

  @Override
  public boolean isError(ServiceModel service, Operation operation, WireResponse response) {
    return !response.isSuccess() || S3Responses.errorInSuccess(service, operation, response).isPresent();
  }

  @Override
  public ObjectNode parseOutput(ServiceModel service, Operation operation, WireResponse response) {
    Optional<XmlElement> error = S3Responses.errorInSuccess(service, operation, response);
    if (error.isPresent()) {
      // Only reached by a caller that did not ask isError first: an error must not pass as output.
      throw new ProtocolException("the service answered " + response.status() + " with an error: "
          + error.get().childText("Code").orElse("") + ": " + error.get().childText("Message").orElse(""));
    }
    if (operation.outputShape().isEmpty()) {
      return JsonNodeFactory.instance.objectNode();
    }
    ObjectNode output = HttpBindingResponseReader.read(service, service.shape(operation.outputShape().get()),
        S3ExpiresHeader.readable(service, operation, response), RestXmlBodies.INSTANCE);
    S3ExpiresHeader.addExpiresString(service, operation, response, output);
    BotocoreOutputHandlers.apply(service, operation, output);
    return output;
  }

  @Override
  public ParsedError parseError(ServiceModel service, Operation operation, WireResponse response) {
    ParsedError e = XmlErrorReader.read(service, operation, response);
    if (e.shapeName().isEmpty()) {
      return e;
    }
    // Error shapes may bind members to headers as well as to the error element.
    Shape shape = service.shape(e.shapeName().get());
    ObjectNode fields = HttpBindingResponseReader.read(service, shape, response, new ErrorElementBody(e.fields()));
    return new ParsedError(e.code(), e.message(), e.requestId(), e.shapeName(), fields);
  }
}
