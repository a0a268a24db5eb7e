package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;

/** Test-side door to the package-private Smithy reader, for tests of other packages. */
public final class SmithyModels {
  private SmithyModels() {}

  /** The internal model of one service of a Smithy JSON AST document. */
  public static ServiceModel read(String serviceName, String serviceId, JsonNode document, String source) {
    return SmithyModelReader.read(serviceName, serviceId, document, source);
  }
}
