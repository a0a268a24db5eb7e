package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Our model-derived argument tables against the real CLI's, for every operation of every
 * service (exported by {@code tools/cli-customizations/export.py}). Arguments that only exist
 * through a CLI customization class we do not reproduce are counted apart and listed in
 * {@code target/arg-table-differences.txt}.
 */
class ArgumentTableMatchesRealCliTests {
  private static final double REQUIRED_OPERATION_AGREEMENT = 0.99;

  @Test
  void everyOperationHasTheCliArguments() throws IOException {
    JsonNode golden;
    try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/golden/cli-arg-tables.json.gz"))) {
      golden = new ObjectMapper().readTree(in);
    }
    AwsMcp engine = TestEngines.botocore();
    CliServiceTable services = engine.cliServices();
    int operations = 0;
    List<String> differences = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> s = golden.fields(); s.hasNext(); ) {
      Map.Entry<String, JsonNode> service = s.next();
      String cliService = service.getKey();
      if (services.modelName(cliService).isEmpty()) {
        differences.add(cliService + "\t(service missing)");
        continue;
      }
      Map<String, String> ours = services.operations(cliService);
      for (Iterator<Map.Entry<String, JsonNode>> o = service.getValue().path("operations").fields(); o.hasNext(); ) {
        Map.Entry<String, JsonNode> op = o.next();
        operations++;
        String cliOperation = op.getKey();
        if (!ours.containsKey(cliOperation)) {
          differences.add(cliService + " " + cliOperation + "\t(operation missing)");
          continue;
        }
        String diff = compare(services.argumentTable(cliService, cliOperation), op.getValue().path("args"));
        if (diff != null) {
          differences.add(cliService + " " + cliOperation + "\t" + diff);
        }
      }
    }
    Path report = Paths.get("target", "arg-table-differences.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, differences, StandardCharsets.UTF_8);
    double agreement = 1.0 - (double) differences.size() / operations;
    System.out.printf("argument tables: %d of %d operations identical to the real CLI (%.2f%%); differences in %s%n",
        operations - differences.size(), operations, agreement * 100, report.toAbsolutePath());
    assertTrue(agreement >= REQUIRED_OPERATION_AGREEMENT, String.join("\n", differences.subList(0, Math.min(40, differences.size()))));
  }

  private static String compare(ArgumentTable table, JsonNode cliArgs) {
    TreeSet<String> missing = new TreeSet<>();
    TreeSet<String> extra = new TreeSet<>();
    TreeSet<String> wrong = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = cliArgs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      JsonNode spec = e.getValue();
      CliArgument ours = spec.path("positional").asBoolean(false)
          ? table.positionals().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null)
          : table.options().get(name);
      if (ours == null) {
        if (!spec.hasNonNull("aliasOf")) {
          missing.add(name);
        }
        continue;
      }
      if (spec.hasNonNull("member") && (ours.member() == null || !ours.member().name().equals(spec.get("member").asText()))) {
        wrong.add(name + "(member " + (ours.member() == null ? null : ours.member().name()) + ")");
      }
      boolean cliList = "*".equals(spec.path("nargs").asText()) || "+".equals(spec.path("nargs").asText());
      boolean ourList = ours.arity() == CliArgument.Arity.ZERO_OR_MORE || ours.arity() == CliArgument.Arity.ONE_OR_MORE;
      if (cliList != ourList) {
        wrong.add(name + "(nargs)");
      }
    }
    for (String name : table.options().keySet()) {
      if (!cliArgs.has(name) && !name.equals("cli-input-yaml")) {
        extra.add(name);
      }
    }
    if (missing.isEmpty() && extra.isEmpty() && wrong.isEmpty()) {
      return null;
    }
    return "missing " + missing + " extra " + extra + " wrong " + wrong;
  }
}
