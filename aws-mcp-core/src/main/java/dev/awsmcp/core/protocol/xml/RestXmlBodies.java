package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.rest.HttpBindings;
import dev.awsmcp.core.protocol.rest.RestBodyCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The XML body of restXml for the shared HTTP binding layer. The request body's root element is
 * the operation's input element name ({@code locationName} of the input, else the input shape's
 * xmlName or name) in the input namespace; a structure payload's root is the payload member's
 * name. Responses are read with {@link XmlShapeReader}.
 */
final class RestXmlBodies implements RestBodyCodec {
  static final RestXmlBodies INSTANCE = new RestXmlBodies();

  private RestXmlBodies() {}

  @Override
  public String contentType() {
    return "application/xml";
  }

  @Override
  public byte[] writeBody(ServiceModel service, Operation operation, Shape input, ObjectNode unbound) {
    if (unbound.isEmpty()) {
      return null; // botocore sends no body when no body member has a value
    }
    String root = operation.inputXmlName().orElseGet(() -> input.xmlName().orElse(input.name()));
    String xml = XmlBodyWriter.document(root, operation.inputXmlNamespace().orElse(null), input, unbound);
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] writePayload(ServiceModel service, Operation operation, Member payload, JsonNode value) {
    if (value == null) {
      return null;
    }
    String root = payload.traits().locationName()
        .orElseGet(() -> payload.target().xmlName().orElse(payload.target().name()));
    return XmlBodyWriter.memberDocument(root, payload, value).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public ObjectNode readBody(ServiceModel service, Shape structure, byte[] body) {
    if (!XmlDocuments.hasContent(body)) {
      return JsonNodeFactory.instance.objectNode();
    }
    XmlElement root = XmlDocuments.parse(body);
    ObjectNode rootAsMember = rootIsScalarMember(structure, root);
    return rootAsMember != null ? rootAsMember : XmlShapeReader.structure(structure, root);
  }

  // S3's GetBucketLocation answers <LocationConstraint>eu-west-1</LocationConstraint>: the root
  // element is the output's only member, not a wrapper around it. Empty text means us-east-1,
  // which botocore reports as null.
  private static ObjectNode rootIsScalarMember(Shape structure, XmlElement root) {
    List<Member> members = HttpBindings.responseBodyMembers(structure);
    if (members.size() != 1 || !root.children().isEmpty()) {
      return null;
    }
    Member only = members.get(0);
    if (!only.target().type().isScalar() || !XmlShapeReader.elementName(only).equals(root.name())) {
      return null;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    JsonNode v = root.text().isEmpty() ? null : XmlShapeReader.scalar(only, root.text());
    out.set(only.name(), v == null ? JsonNodeFactory.instance.nullNode() : v);
    return out;
  }

  @Override
  public JsonNode readPayload(ServiceModel service, Member payload, byte[] body) {
    if (!XmlDocuments.hasContent(body)) {
      return null;
    }
    return XmlShapeReader.value(payload, XmlDocuments.parse(body));
  }
}
