package dev.awsmcp.core.tools;

import dev.awsmcp.core.AwsMcp;
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

  /**
   * @param engine gives the engine on each call; may build it on first use
   * @param readOnly whether the engine refuses every mutation (read-only mode): {@code call_aws}
   *     is then marked read-only
   */
  public static List<ToolDefinition> definitions(Supplier<AwsMcp> engine, boolean readOnly) {
    Objects.requireNonNull(engine, "engine");
    return List.of(
        CallAwsTool.definition(engine, readOnly),
        SuggestAwsCommandsTool.definition(() -> engine.get().suggester()),
        SearchDocumentationTool.definition(() -> engine.get().docs()),
        ReadDocumentationTool.definition(() -> engine.get().docs()),
        RecommendTool.definition(() -> engine.get().docs()));
  }

  /** The tools of a built engine, annotated by its own read-only setting. */
  public static List<ToolDefinition> definitions(AwsMcp engine) {
    Objects.requireNonNull(engine, "engine");
    return definitions(() -> engine, engine.policySettings().readOnly());
  }
}
