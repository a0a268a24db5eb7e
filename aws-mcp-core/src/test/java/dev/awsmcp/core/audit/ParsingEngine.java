package dev.awsmcp.core.audit;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.util.Map;

/** An engine over python3's botocore with a region, for tests that need parsed commands. */
final class ParsingEngine {
  private static volatile AwsMcp engine;

  private ParsingEngine() {}

  static synchronized AwsMcp get() {
    if (engine == null) {
      engine = AwsMcp.builder()
          .modelPath(TestEngines.botocoreData())
          .modelClassLoader(null)
          .searchInstalledModels(false)
          .environment(Map.of("AWS_CONFIG_FILE", "/nonexistent", "AWS_REGION", "us-east-1"))
          .build();
    }
    return engine;
  }

  /** The parsed command; fails the test when the line does not parse. */
  static ParsedCommand parse(String line) {
    ParseResult r = get().commandParser().parse(line);
    if (!r.isSuccess()) {
      throw new AssertionError(line + " does not parse: " + r.errors());
    }
    return r.command();
  }

  static SecretRedactor redactor() {
    return new SecretRedactor(get().catalog());
  }
}
