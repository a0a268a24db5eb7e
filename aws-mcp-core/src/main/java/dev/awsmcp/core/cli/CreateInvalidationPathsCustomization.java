package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code cloudfront create-invalidation --paths /a /b} ({@code PathsArgument} of
 * {@code awscli/customizations/cloudfront.py}): {@code InvalidationBatch} becomes
 * {@code {"CallerReference": "cli-<time>-<random>", "Paths": {"Quantity": n, "Items": [...]}}}.
 * Excludes {@code --invalidation-batch}, which is then optional.
 */
final class CreateInvalidationPathsCustomization implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    CliArgument batch = table.get("invalidation-batch");
    if (batch != null) {
      table.put(batch.name(), new CliArgument(batch.name(), batch.kind(), batch.member(), batch.arity(), false, batch.hidden()));
    }
    table.put("paths", CliArgument.custom("paths", Arity.ONE_OR_MORE));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    List<String> present = new ArrayList<>();
    if (params.has("InvalidationBatch")) {
      present.add("invalidation_batch");
    }
    if (given.containsKey("paths")) {
      present.add("paths");
    }
    CommandError e = MutuallyExclusiveArguments.check(present, List.of(List.of("invalidation_batch"), List.of("paths")));
    if (e != null || !given.containsKey("paths")) {
      return e;
    }
    ValueResult v = CustomArgumentValues.texts(values, "--paths", given.get("paths"));
    if (v.isError()) {
      return v.error();
    }
    JsonNode items = v.value();
    ObjectNode batch = params.putObject("InvalidationBatch");
    batch.put("CallerReference", CliUniqueString.next("cli"));
    ObjectNode paths = batch.putObject("Paths");
    // len(value): a file:// value is one string, counted in characters as Python counts them.
    paths.put("Quantity", items.isTextual() ? items.textValue().codePointCount(0, items.textValue().length()) : items.size());
    paths.set("Items", items);
    return null;
  }
}
