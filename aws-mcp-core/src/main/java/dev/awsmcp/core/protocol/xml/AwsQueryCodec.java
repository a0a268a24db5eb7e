package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.WireRequest;
import dev.awsmcp.core.protocol.WireResponse;
import java.util.Optional;

/**
 * The awsQuery protocol (botocore {@code query}: IAM, STS, SNS, CloudFormation, ...): form-encoded
 * requests, XML responses wrapped in {@code <OpResponse><OpResult>}, errors in
 * {@code <ErrorResponse><Error>}. Stateless and thread-safe.
 */
public final class AwsQueryCodec implements ProtocolCodec {

  @Override
  public WireRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
    return QueryRequests.build(service, operation, input, false);
  }

  @Override
  public ObjectNode parseOutput(ServiceModel service, Operation operation, WireResponse response) {
    if (operation.outputShape().isEmpty() || !XmlDocuments.hasContent(response.body())) {
      return JsonNodeFactory.instance.objectNode();
    }
    XmlElement root = XmlDocuments.parse(response.body());
    Optional<XmlElement> start = operation.resultWrapper().isPresent()
        ? root.child(operation.resultWrapper().get())
        : Optional.of(root);
    ObjectNode output = start.map(e -> XmlShapeReader.structure(service.shape(operation.outputShape().get()), e))
        .orElseGet(JsonNodeFactory.instance::objectNode);
    BotocoreOutputHandlers.apply(service, operation, output);
    return output;
  }

  @Override
  public ParsedError parseError(ServiceModel service, Operation operation, WireResponse response) {
    return XmlErrorReader.read(service, operation, response);
  }
}
