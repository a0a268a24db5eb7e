package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.rest.RestBodyCodec;

/**
 * The body side of a restXml error: the fields already read from the {@code <Error>} element,
 * which is not the document root, handed to the binding layer so it can add header members.
 */
final class ErrorElementBody implements RestBodyCodec {
  private final ObjectNode fields;

  ErrorElementBody(ObjectNode fields) {
    this.fields = fields;
  }

  @Override
  public String contentType() {
    return RestXmlBodies.INSTANCE.contentType();
  }

  @Override
  public byte[] writeBody(ServiceModel service, Operation operation, Shape input, ObjectNode unbound) {
    throw new UnsupportedOperationException("errors are only read");
  }

  @Override
  public byte[] writePayload(ServiceModel service, Operation operation, Member payload, JsonNode value) {
    throw new UnsupportedOperationException("errors are only read");
  }

  @Override
  public ObjectNode readBody(ServiceModel service, Shape structure, byte[] body) {
    return fields.deepCopy();
  }

  @Override
  public JsonNode readPayload(ServiceModel service, Member payload, byte[] body) {
    return fields.get(payload.name());
  }
}
