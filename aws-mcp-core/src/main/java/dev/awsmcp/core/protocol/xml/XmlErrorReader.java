package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.WireResponse;
import java.util.List;
import java.util.Optional;

/**
 * Reads the XML error documents of the three XML protocols: awsQuery's
 * {@code <ErrorResponse><Error>}, ec2Query's {@code <Response><Errors><Error>}, S3's root
 * {@code <Error>}, and restXml's {@code <ErrorResponse><Error>}. A body that is empty or not XML
 * is reported by its status, as botocore does ({@code 404}, {@code Not Found}).
 */
final class XmlErrorReader {
  private static final List<String> REQUEST_ID_ELEMENTS = List.of("RequestId", "RequestID", "requestId");
  private static final List<String> REQUEST_ID_HEADERS = List.of("x-amzn-RequestId", "x-amz-request-id");

  private XmlErrorReader() {}

  /** The error a response carries; the modeled fields come from the error element. */
  static ParsedError read(ServiceModel service, Operation operation, WireResponse response) {
    Optional<XmlElement> root = root(response.body());
    Optional<XmlElement> error = root.flatMap(XmlErrorReader::errorElement);
    if (error.isEmpty()) {
      return byStatus(response);
    }
    return read(service, operation, response, root.get(), error.get());
  }

  private static ParsedError read(
      ServiceModel service, Operation operation, WireResponse response, XmlElement root, XmlElement error) {
    String code = error.childText("Code").orElse("").trim();
    if (code.isEmpty()) {
      code = String.valueOf(response.status()); // an error document without a code still is an error
    }
    String message = error.childText("Message").or(() -> error.childText("message")).orElse("");
    Optional<Shape> shape = ModeledErrors.find(service, operation, code);
    ObjectNode fields = shape.map(s -> XmlShapeReader.structure(s, error))
        .orElseGet(JsonNodeFactory.instance::objectNode);
    Optional<String> requestId = requestId(root).or(() -> requestId(error)).or(() -> headerRequestId(response));
    return new ParsedError(code, message, requestId, shape.map(Shape::name), fields);
  }

  /** An error named by the status alone, for bodies without an error document. */
  private static ParsedError byStatus(WireResponse response) {
    return new ParsedError(String.valueOf(response.status()), HttpReasonPhrases.of(response.status()),
        headerRequestId(response), Optional.empty(), JsonNodeFactory.instance.objectNode());
  }

  private static Optional<XmlElement> root(byte[] body) {
    if (!XmlDocuments.hasContent(body)) {
      return Optional.empty();
    }
    try {
      return Optional.of(XmlDocuments.parse(body));
    } catch (ProtocolException e) {
      return Optional.empty(); // an HTML page from a proxy or load balancer: the status speaks
    }
  }

  /** The {@code Error} element: the root itself (S3), or under the root or its Errors child. */
  private static Optional<XmlElement> errorElement(XmlElement root) {
    if (root.name().equals("Error")) {
      return Optional.of(root);
    }
    return root.child("Error").or(() -> root.child("Errors").flatMap(e -> e.child("Error")));
  }

  private static Optional<String> requestId(XmlElement e) {
    for (String name : REQUEST_ID_ELEMENTS) {
      Optional<String> v = e.childText(name).map(String::trim).filter(s -> !s.isEmpty());
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> headerRequestId(WireResponse response) {
    for (String h : REQUEST_ID_HEADERS) {
      Optional<String> v = response.header(h).filter(s -> !s.isBlank());
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }
}
