package dev.awsmcp.core.cli;

import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CLI's command tree over a catalog: CLI service names to models, and per service the CLI
 * operation names to API operations (without the commands the CLI removes). Operation tables and
 * argument tables are built on first use and cached. Thread-safe.
 */
public final class CliServiceTable {
  private final ServiceCatalog catalog;
  private final Map<String, String> cliToModel;
  private final Map<String, String> modelToCli;
  private final ConcurrentHashMap<String, Map<String, String>> operations = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ArgumentTable> argumentTables = new ConcurrentHashMap<>();

  public CliServiceTable(ServiceCatalog catalog) {
    this.catalog = catalog;
    CliCustomizations custom = CliCustomizations.get();
    Map<String, String> cli = new TreeMap<>();
    Map<String, String> model = new TreeMap<>();
    for (String name : catalog.serviceNames()) {
      String cliName = custom.serviceRenames().getOrDefault(name, name);
      cli.put(cliName, name);
      model.put(name, cliName);
    }
    custom.serviceAliases().forEach((alias, name) -> {
      if (catalog.contains(name)) {
        cli.putIfAbsent(alias, name);
      }
    });
    this.cliToModel = Collections.unmodifiableMap(cli);
    this.modelToCli = Collections.unmodifiableMap(model);
  }

  public ServiceCatalog catalog() {
    return catalog;
  }

  /** Every CLI service name, sorted. */
  public Set<String> cliServices() {
    return cliToModel.keySet();
  }

  /** The model name of a CLI service name. */
  public Optional<String> modelName(String cliService) {
    return Optional.ofNullable(cliToModel.get(cliService));
  }

  /** The CLI name of a model. */
  public String cliName(String modelName) {
    return modelToCli.getOrDefault(modelName, modelName);
  }

  /** CLI operation name → API operation name, for one CLI service (with its {@link OperationAliases}). */
  public Map<String, String> operations(String cliService) {
    return operations.computeIfAbsent(cliService, this::buildOperations);
  }

  private Map<String, String> buildOperations(String cliService) {
    ServiceModel model = catalog.load(cliToModel.get(cliService)).orElseThrow();
    Set<String> removed = CliCustomizations.get().removedCommands().getOrDefault(cliService, Set.of());
    Map<String, String> ops = new LinkedHashMap<>();
    for (Operation op : model.operations().values()) {
      String cliOp = CliNames.xform(op.name());
      if (!removed.contains(cliOp)) {
        ops.put(cliOp, op.name());
      }
    }
    OperationAliases.of(cliService).forEach((alias, apiName) -> {
      if (model.operations().containsKey(apiName)) {
        ops.putIfAbsent(alias, apiName);
      }
    });
    return Collections.unmodifiableMap(ops);
  }

  /** High-level CLI commands of a service that are not API operations ({@code s3 cp}, {@code wait}). */
  public Set<String> highLevelCommands(String cliService) {
    return HighLevelCommands.of(cliService);
  }

  /**
   * The arguments of a high-level command ({@code s3 cp}) in the CLI's order, as it writes them:
   * {@code --name}, or a positional's name; empty for a command that is not one.
   */
  public List<String> highLevelArgumentNames(String cliService, String command) {
    List<String> names = new ArrayList<>();
    HighLevelCommands.spec(cliService, command).ifPresent(spec -> spec.path("args").forEach(a ->
        names.add((a.path("positional").asBoolean() ? "" : "--") + a.path("name").asText())));
    return names;
  }

  /**
   * The arguments a high-level command requires, in the CLI's order: name as the CLI writes it
   * to a type in words ({@code string}, {@code list<string>} for several values, {@code boolean}
   * for a flag); empty for a command that is not one.
   */
  public Map<String, String> highLevelRequiredArguments(String cliService, String command) {
    Map<String, String> required = new LinkedHashMap<>();
    HighLevelCommands.spec(cliService, command).ifPresent(spec -> spec.path("args").forEach(a -> {
      if (a.path("required").asBoolean()) {
        String nargs = a.path("nargs").asText("1");
        String type = nargs.equals("0") ? "boolean" : nargs.equals("1") || nargs.equals("?") ? "string" : "list<string>";
        required.put((a.path("positional").asBoolean() ? "" : "--") + a.path("name").asText(), type);
      }
    }));
    return Collections.unmodifiableMap(required);
  }

  /** Whether the CLI removed this operation from the service. */
  public boolean isRemoved(String cliService, String cliOperation) {
    return CliCustomizations.get().removedCommands().getOrDefault(cliService, Set.of()).contains(cliOperation);
  }

  /**
   * The arguments the CLI marks required for one command, in its order: name with {@code --} (or
   * a positional's display name) to the shape its value must have; empty for an argument a CLI
   * customization adds, which has no shape. Empty for an unknown command.
   */
  public Map<String, Optional<Shape>> requiredArguments(String cliService, String cliOperation) {
    if (!cliToModel.containsKey(cliService) || !operations(cliService).containsKey(cliOperation)) {
      return Map.of();
    }
    Map<String, Optional<Shape>> required = new LinkedHashMap<>();
    ArgumentTable table = argumentTable(cliService, cliOperation);
    for (CliArgument a : table.positionals()) {
      if (a.required()) {
        required.put(a.cliName(), Optional.ofNullable(a.member()).map(Member::target));
      }
    }
    for (CliArgument a : table.options().values()) {
      if (a.required() && !a.hidden()) {
        required.put(a.cliName(), Optional.ofNullable(a.member()).map(Member::target));
      }
    }
    return Collections.unmodifiableMap(required);
  }

  CallParameters.Target target(String cliService, String cliOperation) {
    ServiceModel model = catalog.load(cliToModel.get(cliService)).orElseThrow();
    Operation op = model.operation(operations(cliService).get(cliOperation)).orElseThrow();
    return new CallParameters.Target(model, cliOperation, op, OperationCustomizations.of(cliService, cliOperation));
  }

  ArgumentTable argumentTable(String cliService, String cliOperation) {
    return argumentTables.computeIfAbsent(cliService + " " + cliOperation, k -> {
      ServiceModel model = catalog.load(cliToModel.get(cliService)).orElseThrow();
      Operation op = model.operation(operations(cliService).get(cliOperation)).orElseThrow();
      return ArgumentTableBuilder.build(cliService, cliOperation, model, op);
    });
  }
}
