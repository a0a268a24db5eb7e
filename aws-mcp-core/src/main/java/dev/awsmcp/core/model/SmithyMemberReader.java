package dev.awsmcp.core.model;

import static dev.awsmcp.core.model.SmithyAst.has;
import static dev.awsmcp.core.model.SmithyAst.text;
import static dev.awsmcp.core.model.SmithyAst.trait;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.core.model.MemberTraits.Location;

/**
 * Reads a Smithy member's traits into {@link MemberTraits} the way botocore spells them. The wire
 * name ({@code locationName}) depends on the protocol, as in botocore's own conversion: on the
 * REST protocols the HTTP binding's name for headers, query strings and labels; otherwise
 * {@code @jsonName} on restJson1 only (awsJson ignores it), and {@code @xmlName} on the XML and
 * query protocols only (SQS's awsQuery-compatible JSON model carries xmlName traits that must not
 * rename its JSON keys).
 */
final class SmithyMemberReader {
  private final String protocol;
  private final JsonNode serviceXmlNamespace;

  /**
   * @param protocol the botocore protocol name the service is spoken with
   * @param serviceXmlNamespace the service's {@code @xmlNamespace} value, or null
   */
  SmithyMemberReader(String protocol, JsonNode serviceXmlNamespace) {
    this.protocol = protocol;
    this.serviceXmlNamespace = serviceXmlNamespace;
  }

  /**
   * Whether HTTP binding traits apply. Only the REST protocols bind members to the URI, query
   * string and headers; awsJson, awsQuery and ec2Query ignore the traits (DynamoDB's model puts
   * {@code @httpHeader} on PutResourcePolicy's ConfirmRemoveSelfResourceAccess, which botocore,
   * like the protocol, sends in the body).
   */
  boolean httpBindings() {
    return protocol.equals("rest-json") || protocol.equals("rest-xml");
  }

  boolean usesXmlNames() {
    return protocol.equals("rest-xml") || protocol.equals("query") || protocol.equals("ec2");
  }

  Member read(String name, JsonNode m, String targetName, JsonNode target, ShapeTable table) {
    MemberTraits.Builder t = MemberTraits.builder();
    bindHttp(name, m, t);
    if (has(m, SmithyTraits.XML_FLATTENED)) {
      t.flattened(true);
    }
    JsonNode xmlNs = trait(m, SmithyTraits.XML_NAMESPACE);
    if (xmlNs != null) {
      t.xmlNamespace(xmlNs.path("uri").asText(null), xmlNs.path("prefix").asText(null));
    } else if (protocol.equals("rest-xml") && has(m, SmithyTraits.HTTP_PAYLOAD)
        && serviceXmlNamespace != null && !has(target, SmithyTraits.XML_NAMESPACE)
        && SmithyAst.type(target).equals("structure")) {
      // botocore repeats the service namespace on a structure payload's root element (s3 ACLs).
      t.xmlNamespace(serviceXmlNamespace.path("uri").asText(null), serviceXmlNamespace.path("prefix").asText(null));
    }
    JsonNode contextParam = trait(m, SmithyTraits.CONTEXT_PARAM);
    return new Member(name, targetName, table, t
        .queryName(text(m, SmithyTraits.EC2_QUERY_NAME))
        .xmlAttribute(has(m, SmithyTraits.XML_ATTRIBUTE))
        .idempotencyToken(has(m, SmithyTraits.IDEMPOTENCY_TOKEN))
        .jsonValue(isJson(m) || isJson(target))
        .hostLabel(has(m, SmithyTraits.HOST_LABEL))
        .streaming(has(target, SmithyTraits.STREAMING) && SmithyAst.type(target).equals("blob"))
        .eventPayload(has(m, SmithyTraits.EVENT_PAYLOAD))
        .deprecated(has(m, SmithyTraits.DEPRECATED))
        .timestampFormat(text(m, SmithyTraits.TIMESTAMP_FORMAT))
        .contextParam(contextParam == null ? null : contextParam.path("name").asText(null))
        .build());
  }

  private void bindHttp(String name, JsonNode m, MemberTraits.Builder t) {
    if (!httpBindings()) {
      if (usesXmlNames()) {
        t.locationName(xmlName(name, m));
      }
    } else if (has(m, SmithyTraits.HTTP_LABEL)) {
      t.location(Location.URI).locationName(name);
    } else if (has(m, SmithyTraits.HTTP_QUERY)) {
      t.location(Location.QUERY).locationName(text(m, SmithyTraits.HTTP_QUERY));
    } else if (has(m, SmithyTraits.HTTP_QUERY_PARAMS)) {
      t.location(Location.QUERY);
    } else if (has(m, SmithyTraits.HTTP_HEADER)) {
      t.location(Location.HEADER).locationName(text(m, SmithyTraits.HTTP_HEADER));
    } else if (has(m, SmithyTraits.HTTP_PREFIX_HEADERS)) {
      t.location(Location.HEADERS).locationName(text(m, SmithyTraits.HTTP_PREFIX_HEADERS));
    } else if (has(m, SmithyTraits.HTTP_RESPONSE_CODE)) {
      t.location(Location.STATUS_CODE);
    } else if (protocol.equals("rest-json")) {
      t.locationName(text(m, SmithyTraits.JSON_NAME));
    } else if (usesXmlNames()) {
      t.locationName(xmlName(name, m));
    }
  }

  // A flattened list's elements take the structure member's name in Smithy, never the list
  // member's @xmlName; botocore models say so by naming the member, so name it here too.
  private static String xmlName(String name, JsonNode m) {
    String xmlName = text(m, SmithyTraits.XML_NAME);
    return xmlName == null && has(m, SmithyTraits.XML_FLATTENED) ? name : xmlName;
  }

  // botocore's "jsonvalue": a string that carries JSON, which Smithy says with @mediaType.
  private static boolean isJson(JsonNode node) {
    String mediaType = text(node, SmithyTraits.MEDIA_TYPE);
    return mediaType != null && mediaType.equals("application/json")
        && (!node.has("type") || SmithyAst.type(node).equals("string"));
  }
}
