package dev.awsmcp.core.exec;

import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.policy.SensitiveReads;
import dev.awsmcp.core.testing.MotoServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** An engine over botocore models whose every call goes to the shared moto server. */
final class MotoEngine {
  private MotoEngine() {}

  static Map<String, String> environment(MotoServer moto) {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ENDPOINT_URL", moto.endpoint().toString());
    env.put("AWS_CONFIG_FILE", "/nonexistent");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
    return env;
  }

  static AwsMcp create(MotoServer moto, Path workingDirectory) {
    return AwsMcp.builder()
        .modelPath(TestEngines.botocoreData())
        .modelClassLoader(null)
        .searchInstalledModels(false)
        .environment(environment(moto))
        .workingDirectory(workingDirectory)
        // These tests are about execution: secrets are read back without asking (policy/ tests the asking).
        .sensitiveReads(SensitiveReads.ALLOW)
        .build();
  }
}
