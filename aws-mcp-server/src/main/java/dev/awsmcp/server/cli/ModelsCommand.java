package dev.awsmcp.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.model.ModelSource;
import dev.awsmcp.core.model.ServiceCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code models}: the model sources found, their versions, and service and operation counts. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "List the AWS model sources found, their versions, and how many services and operations they hold.")
final class ModelsCommand implements Callable<Integer> {
  @Option(names = "--services", description = "Also list every service with its CLI name and operation count.")
  boolean listServices;

  @Override
  public Integer call() throws Exception {
    AwsMcp engine = Engines.fromEnvironment();
    ServiceCatalog catalog = engine.catalog();
    ObjectMapper json = new ObjectMapper();
    ObjectNode out = json.createObjectNode();
    ArrayNode sources = out.putArray("sources");
    long totalOperations = 0;
    ArrayNode services = listServices ? out.putArray("services") : null;
    for (ModelSource source : catalog.sources()) {
      ObjectNode s = sources.addObject();
      s.put("kind", source.kind());
      s.put("location", source.location());
      s.put("version", source.version().orElse(null));
      s.put("services", source.serviceNames().size());
    }
    for (String name : catalog.serviceNames()) {
      int ops = catalog.load(name).map(m -> m.operations().size()).orElse(0);
      totalOperations += ops;
      if (services != null) {
        ObjectNode s = services.addObject();
        s.put("service", name);
        s.put("cliService", engine.cliServices().cliName(name));
        s.put("source", catalog.sourceOf(name).map(ModelSource::kind).orElse(null));
        s.put("operations", ops);
      }
    }
    out.put("serviceCount", catalog.serviceNames().size());
    out.put("operationCount", totalOperations);
    System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    return ExitCodes.OK;
  }
}
