package dev.awsmcp.core.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.core.cli.CliNames;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every top-level string member botocore marks sensitive, in every operation of every service,
 * is masked: the value given on the command line never survives redaction.
 */
class SensitiveMembersTests {
  private static final String SECRET = "Zq9-unique-secret-value";

  @Test
  void everySensitiveStringMemberOfEveryServiceIsMasked() {
    List<String> checked = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    for (String service : ParsingEngine.get().catalog().serviceNames()) {
      ServiceModel model = ParsingEngine.get().catalog().load(service).orElseThrow();
      String cliService = ParsingEngine.get().cliServices().cliName(service);
      for (Operation op : model.operations().values()) {
        for (String line : linesWithSecrets(model, cliService, op)) {
          ParseResult parsed = ParsingEngine.get().commandParser().parse(line);
          if (!parsed.isSuccess()) {
            continue; // renamed by a CLI customization, or an operation the CLI hides
          }
          checked.add(line);
          if (ParsingEngine.redactor().redact(parsed.command()).contains(SECRET)) {
            leaks.add(line);
          }
        }
      }
    }
    assertTrue(leaks.isEmpty(), () -> leaks.size() + " secrets survive, in " + leaks);
    // botocore 1.4x marks about 1,300 such members in 130 services; far fewer means the sweep broke.
    assertTrue(checked.size() > 1000, "only " + checked.size() + " sensitive members checked");
  }

  private static List<String> linesWithSecrets(ServiceModel model, String cliService, Operation op) {
    List<String> lines = new ArrayList<>();
    if (op.inputShape().isEmpty()) {
      return lines;
    }
    Shape input = model.shape(op.inputShape().get());
    for (Member m : input.members().values()) {
      if (m.target().isSensitive() && m.target().type() == ShapeType.STRING) {
        lines.add("aws " + cliService + " " + CliNames.xform(op.name()) + " --" + CliNames.xform(m.name())
            + " " + SECRET);
      }
    }
    return lines;
  }
}
