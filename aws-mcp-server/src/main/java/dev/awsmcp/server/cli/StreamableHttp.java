package dev.awsmcp.server.cli;

import dev.awsmcp.server.http.HttpConfigurationException;
import dev.awsmcp.server.http.HttpMcpServer;
import dev.awsmcp.server.http.HttpSettings;
import dev.awsmcp.server.mcp.McpServerSetup;
import java.util.Map;

/** {@code serve} over streamable HTTP: the settings checked (authentication above all), then Jetty until SIGTERM. */
final class StreamableHttp {
  private StreamableHttp() {}

  static int serve(Map<String, String> env, McpServerSetup setup) {
    HttpSettings settings;
    try {
      settings = HttpSettings.fromEnvironment(env);
    } catch (HttpConfigurationException e) {
      System.err.println("aws-mcp: refusing to serve MCP over HTTP: " + e.getMessage());
      return ExitCodes.CONFIGURATION_REFUSED;
    }
    settings.warnings().forEach(w -> System.err.println("aws-mcp: WARNING: " + w));
    try {
      new HttpMcpServer(setup, settings).serve();
      return ExitCodes.OK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.ENGINE_ERROR;
    } catch (Exception e) {
      System.err.println("aws-mcp: cannot serve on " + settings.host() + ":" + settings.port() + ": " + e.getMessage());
      return ExitCodes.ENGINE_ERROR;
    }
  }
}
