package dev.awsmcp.core.suggest;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the suggest index is cached unless configured: {@code AWS_MCP_SUGGEST_CACHE_DIR}, else
 * {@code $XDG_CACHE_HOME/aws-mcp/suggest}, else {@code %LOCALAPPDATA%\aws-mcp\suggest} on
 * Windows, else {@code ~/.cache/aws-mcp/suggest}. Each models version gets its own folder below.
 */
public final class SuggestCacheLocation {
  /** The environment variable naming the cache root. */
  public static final String ENV = "AWS_MCP_SUGGEST_CACHE_DIR";

  private SuggestCacheLocation() {}

  public static Path defaultRoot(Map<String, String> environment) {
    String configured = environment.get(ENV);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String xdg = environment.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "aws-mcp", "suggest");
    }
    String localAppData = environment.get("LOCALAPPDATA");
    if (localAppData != null && !localAppData.isBlank()) {
      return Path.of(localAppData, "aws-mcp", "suggest");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "aws-mcp", "suggest");
  }
}
