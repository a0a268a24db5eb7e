package dev.awsmcp.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.SafetyPolicy;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.command.RegionSource;
import dev.awsmcp.api.policy.PolicyDecision;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.cli.CliServiceTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The property read-only mode promises, over every operation of every loaded service: an
 * operation classified mutating is always denied, whatever else the configuration says, and
 * nothing classified read-only is denied by read-only mode itself.
 */
class ReadOnlyPropertyTests {
  private static final AwsMcp ENGINE = TestEngines.botocore();

  private static EnginePolicy readOnlyPolicy(SafetyPolicy custom) {
    PolicySettings settings = PolicySettings.fromEnvironment(Map.of("HOME", Path.of("/nonexistent").toString()), Optional.empty())
        .withReadOnly(true).withSensitiveReads(SensitiveReads.ALLOW);
    return EnginePolicy.create(ENGINE.catalog(), settings, List.of(), custom);
  }

  private static ParsedCommand command(String cliService, String service, String cliOperation, String operation) {
    return ParsedCommand.builder().commandLine("aws " + cliService + " " + cliOperation).kind(CommandKind.OPERATION)
        .cliService(cliService).service(service).cliOperation(cliOperation).operation(operation)
        .region("us-east-1", RegionSource.DEFAULT).build();
  }

  @Test
  void noMutatingOperationOfAnyServiceIsAllowedInReadOnlyMode() {
    // Even an application policy that allows everything explicitly cannot open read-only mode.
    EnginePolicy policy = readOnlyPolicy(c -> PolicyDecision.allow("application"));
    CliServiceTable services = ENGINE.cliServices();
    int mutating = 0;
    int reads = 0;
    for (String cliService : services.cliServices()) {
      Optional<String> model = services.modelName(cliService);
      if (model.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, String> op : services.operations(cliService).entrySet()) {
        ParsedCommand c = command(cliService, model.get(), op.getKey(), op.getValue());
        PolicyDecision d = policy.evaluate(c);
        if (policy.classify(c).operationClass() == OperationClass.MUTATING) {
          mutating++;
          assertEquals(PolicyDecision.Outcome.DENY, d.outcome(), c.commandLine());
          assertEquals("read-only", d.rule(), c.commandLine());
        } else {
          reads++;
          assertEquals(PolicyDecision.Outcome.ALLOW, d.outcome(), c.commandLine() + ": " + d.reason());
        }
      }
    }
    assertTrue(mutating > 8_000 && reads > 5_000, mutating + " mutating, " + reads + " reads");
  }
}
