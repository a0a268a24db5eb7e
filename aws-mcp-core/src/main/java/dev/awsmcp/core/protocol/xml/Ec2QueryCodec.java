package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.WireRequest;
import dev.awsmcp.core.protocol.WireResponse;

/**
 * The ec2Query protocol (botocore {@code ec2}): form-encoded requests like awsQuery but with
 * lists always as {@code A.N} and names from {@code queryName} or the capitalized
 * {@code locationName}; XML responses without a result wrapper; errors in
 * {@code <Response><Errors><Error>}. Stateless and thread-safe.
 */
public final class Ec2QueryCodec implements ProtocolCodec {

  @Override
  public WireRequest serialize(ServiceModel service, Operation operation, ObjectNode input) {
    return QueryRequests.build(service, operation, input, true);
  }

  @Override
  public ObjectNode parseOutput(ServiceModel service, Operation operation, WireResponse response) {
    if (operation.outputShape().isEmpty() || !XmlDocuments.hasContent(response.body())) {
      return JsonNodeFactory.instance.objectNode();
    }
    XmlElement root = XmlDocuments.parse(response.body());
    ObjectNode output = XmlShapeReader.structure(service.shape(operation.outputShape().get()), root);
    BotocoreOutputHandlers.apply(service, operation, output);
    return output;
  }

  @Override
  public ParsedError parseError(ServiceModel service, Operation operation, WireResponse response) {
    return XmlErrorReader.read(service, operation, response);
  }
}
