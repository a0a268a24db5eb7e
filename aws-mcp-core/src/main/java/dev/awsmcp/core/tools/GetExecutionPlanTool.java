package dev.awsmcp.core.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.plans.ExecutionPlan;
import dev.awsmcp.core.plans.ExecutionPlans;
import dev.awsmcp.core.plans.PlanCatalog;
import dev.awsmcp.core.plans.PlanParameter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code get_execution_plan}: a step-by-step plan of AWS CLI commands for a common task (see
 * {@code docs/execution-plans.md}), answered as Markdown for the agent and as JSON. Without
 * {@code script_name} it answers the catalogue; an unknown name is an error listing the names.
 * Same name and argument as the reference server's tool.
 */
final class GetExecutionPlanTool {
  static final String NAME = "get_execution_plan";

  private static final String INPUT = """
      {"type":"object","properties":{"script_name":{"type":"string"}}}""";

  private GetExecutionPlanTool() {}

  // The built-in names are in the description so the agent knows when a plan applies without a
  // call; the user's plans appear in the catalogue, since their directory is read only on a call.
  // (Joined rather than concatenated with '+': the first indy string concatenation of a process
  // costs milliseconds, and this runs before tools/list is answered.)
  static String description(List<String> builtIn) {
    return String.join("", "Get a step-by-step plan of AWS CLI commands for a common task, as Markdown; run its"
        + " commands with call_aws. Omit script_name to list every plan. Built-in: ", String.join(", ", builtIn), ".");
  }

  static ToolDefinition definition(Supplier<ExecutionPlans> plans) {
    // Reads plan files only: read-only, idempotent, closed world.
    return new ToolDefinition(NAME, description(ExecutionPlans.builtInNames()), Schemas.parse(INPUT), Optional.empty(),
        new ToolAnnotations(true, false, true, false), (arguments, context) -> {
          try {
            Optional<String> name = new ToolArguments(arguments, "script_name").optionalText("script_name");
            PlanCatalog catalog = plans.get().catalog();
            if (name.isEmpty()) {
              return ToolResult.document(catalogJson(catalog), catalog.markdown());
            }
            Optional<ExecutionPlan> plan = catalog.find(normalized(name.get()));
            if (plan.isEmpty()) {
              ToolResult unknown = ToolResult.error(ErrorCode.INVALID_CHOICE, "argument 'script_name': no execution plan is"
                  + " named '" + name.get().strip() + "'; the plans are: "
                  + catalog.plans().stream().map(ExecutionPlan::name).collect(Collectors.joining(", "))
                  + " (call without script_name for what each does)");
              ObjectNode content = unknown.content();
              content.set("plans", catalogJson(catalog).get("plans"));
              return new ToolResult(content, true);
            }
            return ToolResult.document(planJson(plan.get()), plan.get().markdown());
          } catch (InvalidArgumentException e) {
            return e.toResult();
          }
        });
  }

  // Agents write names as they read them in a listing or a file name: "Lambda-Timeout", "lambda-timeout.md".
  private static String normalized(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return n.endsWith(".script.md") ? n.substring(0, n.length() - ".script.md".length())
        : n.endsWith(".md") ? n.substring(0, n.length() - ".md".length()) : n;
  }

  private static ObjectNode catalogJson(PlanCatalog catalog) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    ArrayNode plans = o.putArray("plans");
    for (ExecutionPlan p : catalog.plans()) {
      plans.addObject().put("name", p.name()).put("description", p.description()).put("builtIn", p.isBuiltIn());
    }
    if (!catalog.skipped().isEmpty()) {
      ArrayNode skipped = o.putArray("skipped");
      catalog.skipped().forEach(s -> skipped.addObject().put("file", s.file().toString()).put("reason", s.reason()));
    }
    return o;
  }

  private static ObjectNode planJson(ExecutionPlan plan) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("name", plan.name()).put("description", plan.description()).put("builtIn", plan.isBuiltIn());
    ArrayNode parameters = o.putArray("parameters");
    for (PlanParameter p : plan.parameters()) {
      parameters.addObject().put("name", p.name()).put("description", p.description()).put("required", p.required());
    }
    o.put("steps", plan.steps());
    return o;
  }
}
