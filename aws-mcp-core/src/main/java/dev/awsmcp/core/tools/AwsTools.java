package dev.awsmcp.core.tools;

import dev.awsmcp.core.AwsMcp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The engine's tools, defined once for every surface: {@code call_aws}, {@code
 * suggest_aws_commands}, {@code search_documentation}, {@code read_documentation} and
 * {@code recommend}. A surface turns each
 * {@link ToolDefinition} into its own kind of tool.
 *
 * <p>The engine is reached through a supplier, asked on each call: a server can list its tools
 * before the engine (and its models) has loaded, which keeps start-up fast.
 */
public final class AwsTools {
  private AwsTools() {}

  /** Every tool, {@code get_execution_plan} included (its default). */
  public static List<ToolDefinition> definitions(Supplier<AwsMcp> engine, boolean readOnly) {
    return definitions(engine, readOnly, true);
  }

  /**
   * @param engine gives the engine on each call; may build it on first use
   * @param readOnly whether the engine refuses every mutation (read-only mode): {@code call_aws}
   *     is then marked read-only
   * @param executionPlans whether to offer {@code get_execution_plan} (see {@code ExecutionPlanSettings})
   */
  public static List<ToolDefinition> definitions(Supplier<AwsMcp> engine, boolean readOnly, boolean executionPlans) {
    Objects.requireNonNull(engine, "engine");
    List<ToolDefinition> tools = new ArrayList<>(List.of(
        CallAwsTool.definition(engine, readOnly),
        SuggestAwsCommandsTool.definition(() -> engine.get().suggester()),
        SearchDocumentationTool.definition(() -> engine.get().docs()),
        ReadDocumentationTool.definition(() -> engine.get().docs()),
        RecommendTool.definition(() -> engine.get().docs())));
    if (executionPlans) {
      tools.add(GetExecutionPlanTool.definition(() -> engine.get().executionPlans()));
    }
    return List.copyOf(tools);
  }

  /** The tools of a built engine, by its own settings (read-only mode, execution plans). */
  public static List<ToolDefinition> definitions(AwsMcp engine) {
    Objects.requireNonNull(engine, "engine");
    return definitions(() -> engine, engine.policySettings().readOnly(), engine.executionPlans().isEnabled());
  }
}
