package dev.awsmcp.core.protocol.xml;

import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.WireResponse;
import java.util.Optional;

/**
 * S3's 200 answers that are errors: CopyObject, UploadPartCopy and CompleteMultipartUpload (and,
 * as botocore checks it, any S3 operation whose output is not a raw payload) may send status 200
 * and then an {@code <Error>} document when the work fails after the response started.
 */
final class S3Responses {
  private S3Responses() {}

  /** The {@code <Error>} root of a 200 S3 answer, if that is what it holds. */
  static Optional<XmlElement> errorInSuccess(ServiceModel service, Operation operation, WireResponse response) {
    if (response.status() != 200 || !isS3(service) || !mayHoldError(service, operation)
        || !XmlDocuments.hasContent(response.body())) {
      return Optional.empty();
    }
    try {
      XmlElement root = XmlDocuments.parse(response.body());
      return root.name().equals("Error") ? Optional.of(root) : Optional.empty();
    } catch (ProtocolException e) {
      return Optional.empty(); // not XML, so not an error document; parseOutput will say more
    }
  }

  static boolean isS3(ServiceModel service) {
    return service.metadata().serviceId().equals("S3");
  }

  private static boolean mayHoldError(ServiceModel service, Operation operation) {
    if (operation.outputShape().isEmpty()) {
      return false;
    }
    Shape output = service.shape(operation.outputShape().get());
    if (output.payload().isEmpty()) {
      return true;
    }
    Optional<Member> payload = output.member(output.payload().get());
    return payload.isEmpty()
        || (payload.get().target().type() != ShapeType.BLOB && payload.get().target().type() != ShapeType.STRING);
  }
}
