package dev.awsmcp.core.model;

import java.util.Optional;
import java.util.Set;

/**
 * A place service models come from: a botocore data folder, Smithy model jars, ... Listing
 * services must be cheap; loading one service may take a while and is cached by the
 * {@link ServiceCatalog}, not here. Implementations are thread-safe.
 */
public interface ModelSource {

  /** What kind of source this is: {@code botocore} or {@code smithy}. */
  String kind();

  /** Where it is, for humans (a path or jar list). */
  String location();

  /** The source's version (botocore's version, a jar version), if known. */
  Optional<String> version();

  /** The model names (botocore directory names) this source can load. */
  Set<String> serviceNames();

  /** Loads one service; throws {@link ModelException} if it cannot be read. */
  ServiceModel load(String serviceName);
}
