package dev.awsmcp.core.policy.iam;

import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.policy.OperationClassifier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link RequestContext} of a parsed command: the permissions it needs (IAM action
 * from the model, resources from the arguments) and the condition keys the engine sets for every
 * call. Thread-safe.
 */
final class RequestContextFactory {
  private final ServiceCatalog catalog;
  private final GuardContext context;

  RequestContextFactory(ServiceCatalog catalog, GuardContext context) {
    this.catalog = catalog;
    this.context = context;
  }

  RequestContext of(ParsedCommand command) {
    Optional<ServiceModel> model = catalog.load(command.service());
    String prefix = model.map(IamActionPrefix::of).orElse(command.service().toLowerCase(Locale.ROOT));
    return new RequestContext(accesses(command, model, prefix), keys(command, model));
  }

  private List<Access> accesses(ParsedCommand command, Optional<ServiceModel> model, String prefix) {
    String partition = Partitions.of(command.region());
    if (command.kind() == CommandKind.CUSTOM) {
      return command.service().equals("s3")
          ? S3HighLevelAccesses.of(command.operation(), command.params(), partition)
          : List.of(new Access(RequestAction.anyOf(prefix), RequestResource.unknown()));
    }
    if (command.service().equals("s3")) {
      return S3OperationAccesses.of(command.operation(), command.params(), partition);
    }
    String action = prefix + ":" + actionName(command, model);
    List<Access> out = new ArrayList<>();
    for (RequestResource r : ResourceArns.of(command.service(), command.params(), partition, command.region(), context.account())) {
      out.add(new Access(action, r));
    }
    return out;
  }

  private static String actionName(ParsedCommand command, Optional<ServiceModel> model) {
    // API Gateway's management API is authorized by HTTP method: apigateway:GET, apigateway:DELETE, ...
    if (command.service().equals("apigateway") || command.service().equals("apigatewayv2")) {
      Optional<String> method = model.flatMap(m -> m.operation(command.operation())).map(op -> op.httpMethod());
      if (method.isPresent()) {
        return method.get().toUpperCase(Locale.ROOT);
      }
    }
    return IamActionNames.renamed(command.service(), command.operation()).orElse(command.operation());
  }

  private Map<String, List<String>> keys(ParsedCommand command, Optional<ServiceModel> model) {
    Instant now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("aws:RequestedRegion", List.of(command.region()));
    keys.put("aws:ViaAWSMCPService", List.of("true"));
    keys.put("aws:CalledViaAWSMCP", List.of(context.serverName()));
    keys.put("aws:CurrentTime", List.of(now.toString()));
    keys.put("aws:EpochTime", List.of(Long.toString(now.getEpochSecond())));
    keys.put("awsmcp:ReadOnlyOperation", List.of(Boolean.toString(isReadOnly(command, model))));
    command.profile().or(context::defaultProfile).ifPresent(p -> keys.put("awsmcp:Profile", List.of(p)));
    keys.put("awsmcp:Service", List.of(command.cliService()));
    keys.put("awsmcp:Operation", List.of(command.cliOperation()));
    return keys;
  }

  /**
   * Whether the command only reads. The one place the guard asks the classifier, so a better
   * classifier replaces it here. High-level commands count as mutating (fail closed).
   */
  static boolean isReadOnly(ParsedCommand command, Optional<ServiceModel> model) {
    return command.kind() == CommandKind.OPERATION
        && model.flatMap(m -> m.operation(command.operation()))
            .map(op -> OperationClassifier.isReadOnly(command.service(), op))
            .orElse(false);
  }
}
