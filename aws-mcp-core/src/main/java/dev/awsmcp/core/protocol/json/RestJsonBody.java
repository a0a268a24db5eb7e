package dev.awsmcp.core.protocol.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.rest.HttpBindings;
import dev.awsmcp.core.protocol.rest.RestBodyCodec;

/**
 * The JSON body of restJson1. As botocore does: an input with body members always sends a JSON
 * object ({@code {}} when none is set), an input without any sends no body, and an absent
 * structure payload is sent as {@code {}} (an absent union payload as nothing).
 */
final class RestJsonBody implements RestBodyCodec {
  static final RestJsonBody INSTANCE = new RestJsonBody();

  @Override
  public String contentType() {
    return "application/json";
  }

  @Override
  public byte[] writeBody(ServiceModel service, Operation operation, Shape input, ObjectNode unbound) {
    if (HttpBindings.bodyMembers(input).isEmpty()) {
      return null;
    }
    return JsonDocuments.bytes(JsonBodyWriter.structure(input, unbound));
  }

  @Override
  public byte[] writePayload(ServiceModel service, Operation operation, Member payload, JsonNode value) {
    if (value == null) {
      // botocore sends {} for an unset structure payload; an unset union has no value at all.
      return payload.target().isUnion() ? null : JsonDocuments.bytes(JsonNodeFactory.instance.objectNode());
    }
    return JsonDocuments.bytes(JsonBodyWriter.value(payload, payload.target(), value));
  }

  @Override
  public ObjectNode readBody(ServiceModel service, Shape structure, byte[] body) {
    return JsonBodyReader.structure(HttpBindings.responseBodyMembers(structure), JsonDocuments.parse(body));
  }

  @Override
  public JsonNode readPayload(ServiceModel service, Member payload, byte[] body) {
    if (body.length == 0) {
      return null;
    }
    JsonNode json = JsonDocuments.parse(body);
    if (!payload.target().isDocument() && !json.isObject()) {
      throw new ProtocolException(payload.name() + " payload is not a JSON object");
    }
    return JsonBodyReader.value(payload, payload.target(), json);
  }
}
