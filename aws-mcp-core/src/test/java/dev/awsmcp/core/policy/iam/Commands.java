package dev.awsmcp.core.policy.iam;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.model.ServiceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real parsed commands over the installed botocore models, and the policy fixtures. */
final class Commands {
  private Commands() {}

  static ParsedCommand parse(String line) {
    ParseResult r = TestEngines.botocore().commandParser().parse(line);
    if (!r.isSuccess()) {
      throw new IllegalArgumentException(line + ": " + r.errors());
    }
    return r.command();
  }

  static ServiceCatalog catalog() {
    return TestEngines.botocore().catalog();
  }

  static GuardPolicies fixture(String name) {
    try (InputStream in = Commands.class.getResourceAsStream("/policy/iam/" + name)) {
      return GuardPolicies.fromJson(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
