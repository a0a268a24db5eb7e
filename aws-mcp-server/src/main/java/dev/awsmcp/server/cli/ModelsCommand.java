package dev.awsmcp.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.model.ModelSource;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.policy.OperationClass;
import dev.awsmcp.core.policy.OperationClassifier;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code models}: the model sources found, their versions, and service and operation counts. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "List the AWS model sources found, their versions, and how many services and operations they hold.")
final class ModelsCommand implements Callable<Integer> {
  @Option(names = "--services", description = "Also list every service with its CLI name and operation count.")
  boolean listServices;

  @Option(names = "--classification", description = "Also count operations by safety class (read-only, sensitive-read, mutating),"
      + " overall and per service with --services.")
  boolean classification;

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
    Map<OperationClass, Integer> classes = new EnumMap<>(OperationClass.class);
    for (String name : catalog.serviceNames()) {
      Optional<ServiceModel> model = catalog.load(name);
      int ops = model.map(m -> m.operations().size()).orElse(0);
      totalOperations += ops;
      Map<OperationClass, Integer> own = new EnumMap<>(OperationClass.class);
      if (classification && model.isPresent()) {
        for (Operation op : model.get().operations().values()) {
          own.merge(OperationClassifier.classify(name, op).operationClass(), 1, Integer::sum);
        }
        own.forEach((c, n) -> classes.merge(c, n, Integer::sum));
      }
      if (services != null) {
        ObjectNode s = services.addObject();
        s.put("service", name);
        s.put("cliService", engine.cliServices().cliName(name));
        s.put("source", catalog.sourceOf(name).map(ModelSource::kind).orElse(null));
        s.put("operations", ops);
        if (classification) {
          putClasses(s.putObject("classification"), own);
        }
      }
    }
    out.put("serviceCount", catalog.serviceNames().size());
    out.put("operationCount", totalOperations);
    if (classification) {
      putClasses(out.putObject("classification"), classes);
    }
    System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    return ExitCodes.OK;
  }

  private static void putClasses(ObjectNode into, Map<OperationClass, Integer> counts) {
    for (OperationClass c : OperationClass.values()) {
      into.put(c.id(), counts.getOrDefault(c, 0));
    }
  }
}
