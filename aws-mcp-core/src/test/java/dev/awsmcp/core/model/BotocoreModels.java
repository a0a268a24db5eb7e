package dev.awsmcp.core.model;

import java.util.HashMap;
import java.util.Map;

/** Test-side door to the installed botocore's models, for tests of other packages. */
public final class BotocoreModels {
  private static final Map<String, ServiceModel> LOADED = new HashMap<>();

  private BotocoreModels() {}

  /** The botocore model of a service; the test is skipped when botocore is not installed. */
  public static synchronized ServiceModel load(String serviceName) {
    return LOADED.computeIfAbsent(serviceName, n -> BotocoreData.sourceOrSkip().load(n));
  }
}
