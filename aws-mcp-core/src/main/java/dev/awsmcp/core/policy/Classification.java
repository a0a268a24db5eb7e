package dev.awsmcp.core.policy;

import java.util.Objects;

/**
 * How one operation was classified and on what basis, so a refusal can say why.
 *
 * @param operationClass the class
 * @param basis what decided it: {@code override: <why>}, {@code readonly trait}, {@code verb Describe},
 *     or {@code no read verb (fail closed)}
 */
public record Classification(OperationClass operationClass, String basis) {
  public Classification {
    Objects.requireNonNull(operationClass, "operationClass");
    Objects.requireNonNull(basis, "basis");
  }
}
