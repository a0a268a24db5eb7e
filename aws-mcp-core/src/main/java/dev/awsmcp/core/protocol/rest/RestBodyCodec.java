package dev.awsmcp.core.protocol.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;

/**
 * The body format a REST protocol plugs into the shared HTTP binding layer: JSON for restJson1,
 * XML for restXml. The binding layer handles everything bound to the URI, query string, headers
 * and status code, and hands this codec what belongs in the body. Implementations are stateless.
 */
public interface RestBodyCodec {

  /** The Content-Type of bodies this codec writes, for example {@code application/json}. */
  String contentType();

  /**
   * The body for the input members no HTTP binding claims, or null to send no body.
   *
   * @param input the operation's input structure
   * @param unbound the values of those members only (possibly empty)
   */
  byte[] writeBody(ServiceModel service, Operation operation, Shape input, ObjectNode unbound);

  /**
   * The body for a structure, union or document bound to the payload ({@code @httpPayload}).
   *
   * @param value the member's value, or null when the caller gave none
   * @return the bytes, or null to send no body
   */
  byte[] writePayload(ServiceModel service, Operation operation, Member payload, JsonNode value);

  /**
   * The members of a response structure that the body carries ({@link
   * HttpBindings#responseBodyMembers}), in the engine's value convention; an empty body gives an
   * empty object.
   */
  ObjectNode readBody(ServiceModel service, Shape structure, byte[] body);

  /** A structure, union or document payload read from the body; null when the body is empty. */
  JsonNode readPayload(ServiceModel service, Member payload, byte[] body);
}
