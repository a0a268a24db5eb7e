package dev.awsmcp.core.exec;

import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.util.Optional;

/** What an operation streams, and which streams this engine cannot carry. */
final class StreamingShapes {
  private StreamingShapes() {}

  /**
   * The output member whose bytes are the response body (the CLI's {@code outfile}): any blob
   * payload, streaming trait or not, as botocore's {@code has_streaming_output}.
   */
  static Optional<String> streamingOutputMember(ServiceModel service, Operation operation) {
    if (operation.outputShape().isEmpty()) {
      return Optional.empty();
    }
    Shape output = service.shape(operation.outputShape().get());
    return output.payload().filter(p -> output.member(p).map(m -> m.target().type() == ShapeType.BLOB).orElse(false));
  }

  /** Why the engine cannot run the operation (event streams), if it cannot. */
  static Optional<String> unsupportedReason(ServiceModel service, Operation operation) {
    if (hasEventStream(service, operation.inputShape()) || hasEventStream(service, operation.outputShape())) {
      return Optional.of(service.name() + " " + operation.name()
          + " streams events over a long-lived connection, which this engine does not carry;"
          + " the AWS CLI v1 does not offer it either");
    }
    return Optional.empty();
  }

  private static boolean hasEventStream(ServiceModel service, Optional<String> shapeName) {
    if (shapeName.isEmpty()) {
      return false;
    }
    for (Member m : service.shape(shapeName.get()).members().values()) {
      if (m.target().isEventStream()) {
        return true;
      }
    }
    return false;
  }
}
