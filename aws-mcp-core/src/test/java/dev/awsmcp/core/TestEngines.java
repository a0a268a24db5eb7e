package dev.awsmcp.core;

import dev.awsmcp.core.model.ModelDiscovery;
import java.nio.file.Path;
import java.util.Map;

/** Engines over the machine's installed botocore models, shared across tests. */
public final class TestEngines {
  private static volatile AwsMcp botocore;

  private TestEngines() {}

  /**
   * The data folder of python3's botocore, the one the AWS CLI v1 on the PATH runs on and the
   * golden files were made with (not an AWS CLI v2 that may also be installed); fails the test
   * run clearly when there is none.
   */
  public static Path botocoreData() {
    Path p = data;
    if (p == null) {
      p = ModelDiscovery.pythonBotocore()
          .orElseThrow(() -> new IllegalStateException("tests need python3 with botocore (python3 -m pip install botocore)"));
      data = p;
    }
    return p;
  }

  private static volatile Path data;

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
