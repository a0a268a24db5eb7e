package dev.awsmcp.core;

import dev.awsmcp.core.model.ModelDiscovery;
import java.nio.file.Path;
import java.util.Map;

/** Engines over the machine's installed botocore models, shared across tests. */
public final class TestEngines {
  private static volatile AwsMcp botocore;

  private TestEngines() {}

  /** The installed botocore data folder; fails the test run clearly when there is none. */
  public static Path botocoreData() {
    return ModelDiscovery.installedBotocore()
        .orElseThrow(() -> new IllegalStateException("tests need an installed botocore (python3 -m pip install botocore)"));
  }

  /** An engine over botocore only, with a fixed environment (no region, no profile). */
  public static AwsMcp botocore() {
    AwsMcp e = botocore;
    if (e == null) {
      synchronized (TestEngines.class) {
        e = botocore;
        if (e == null) {
          e = AwsMcp.builder()
              .modelPath(botocoreData())
              .modelClassLoader(null)
              .searchInstalledModels(false)
              .environment(Map.of("AWS_CONFIG_FILE", "/nonexistent"))
              .build();
          botocore = e;
        }
      }
    }
    return e;
  }
}
