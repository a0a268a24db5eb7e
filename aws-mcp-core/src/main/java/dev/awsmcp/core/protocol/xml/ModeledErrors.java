package dev.awsmcp.core.protocol.xml;

import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import java.util.Optional;

/**
 * Finds the modeled error shape an XML error code names, as botocore's exception table does: a
 * shape with an awsQuery error code answers to that code only (not to its name), any other to
 * its name; the operation's own errors first, then every error shape of the service. (The shared
 * {@code ErrorShapes} also lets a custom-coded shape answer to its name, which JSON errors need.)
 */
final class ModeledErrors {
  private ModeledErrors() {}

  static Optional<Shape> find(ServiceModel service, Operation operation, String code) {
    if (code.isEmpty()) {
      return Optional.empty();
    }
    for (String name : operation.errors()) {
      Shape s = service.shapes().contains(name) ? service.shape(name) : null;
      if (s != null && answersTo(s, code)) {
        return Optional.of(s);
      }
    }
    for (Shape s : service.shapes().all().values()) {
      if (s.isException() && answersTo(s, code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static boolean answersTo(Shape s, String code) {
    if (s.errorCode().isPresent()) {
      return s.errorCode().get().equals(code);
    }
    return s.name().equals(code);
  }
}
