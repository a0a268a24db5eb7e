package dev.awsmcp.core.protocol;

import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import java.util.Optional;

/**
 * Finds the modeled error shape an error code names: first among the operation's errors, then
 * among every error shape of the service (services send errors their operations do not list).
 * A shape matches by name or by its awsQuery error code.
 */
public final class ErrorShapes {
  private ErrorShapes() {}

  public static Optional<Shape> find(ServiceModel service, Operation operation, String code) {
    for (String name : operation.errors()) {
      if (service.shapes().contains(name) && matches(service.shape(name), code)) {
        return Optional.of(service.shape(name));
      }
    }
    for (Shape s : service.shapes().all().values()) {
      if (s.isException() && matches(s, code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static boolean matches(Shape shape, String code) {
    return shape.name().equals(code) || shape.errorCode().map(code::equals).orElse(false);
  }
}
