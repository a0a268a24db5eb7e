package dev.awsmcp.core.plans;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the {@code get_execution_plan} tool is offered, and the user's plan directory.
 *
 * @param enabled offer the tool; default true (it only reads plans, and costs little of the
 *     agent's context), false when {@code EXPERIMENTAL_AGENT_SCRIPTS} is set to anything but
 *     {@code true}, {@code yes} or {@code 1}
 * @param directory the user's plans ({@code AWS_API_MCP_AGENT_SCRIPTS_DIR}); read on each call,
 *     never at start-up
 */
public record ExecutionPlanSettings(boolean enabled, Optional<Path> directory) {
  /** Offers the tool when true; the reference server's switch (opt-in there, on by default here). */
  public static final String ENABLED_ENV = "EXPERIMENTAL_AGENT_SCRIPTS";

  /** The user's plan directory, as the reference server names it. */
  public static final String DIRECTORY_ENV = "AWS_API_MCP_AGENT_SCRIPTS_DIR";

  /** The tool on, built-in plans only. */
  public static final ExecutionPlanSettings DEFAULTS = new ExecutionPlanSettings(true, Optional.empty());

  public ExecutionPlanSettings {
    Objects.requireNonNull(directory, "directory");
  }

  /**
   * The settings of an environment. Reads only the two variables: no file is touched, so a server
   * can call this before answering {@code tools/list}.
   */
  public static ExecutionPlanSettings fromEnvironment(Map<String, String> env) {
    String on = env.get(ENABLED_ENV);
    boolean enabled = on == null || on.isBlank() || isTrue(on.strip());
    String dir = env.get(DIRECTORY_ENV);
    Optional<Path> directory = Optional.empty();
    if (dir != null && !dir.isBlank()) {
      try {
        directory = Optional.of(expandHome(dir.strip()));
      } catch (InvalidPathException e) {
        // Start-up must not fail over an optional folder; the user learns why it is ignored.
        System.err.println("aws-mcp: WARNING: " + DIRECTORY_ENV + " is not a valid path and is ignored: " + e.getMessage());
      }
    }
    return new ExecutionPlanSettings(enabled, directory);
  }

  public ExecutionPlanSettings withEnabled(boolean on) {
    return new ExecutionPlanSettings(on, directory);
  }

  public ExecutionPlanSettings withDirectory(Path dir) {
    return new ExecutionPlanSettings(enabled, Optional.of(dir));
  }

  private static boolean isTrue(String v) {
    return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1");
  }

  // MCP client configurations pass the environment without a shell, so '~' would stay literal.
  private static Path expandHome(String dir) {
    if (dir.equals("~") || dir.startsWith("~/")) {
      return Path.of(System.getProperty("user.home"), dir.substring(1).replaceFirst("^/", ""));
    }
    return Path.of(dir);
  }
}
