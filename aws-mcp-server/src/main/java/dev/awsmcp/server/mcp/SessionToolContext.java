package dev.awsmcp.server.mcp;

import dev.awsmcp.api.policy.ConsentHandler;
import dev.awsmcp.core.tools.ToolContext;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A tool call's view of its MCP session: progress notifications when the client sent a progress
 * token, warnings as logging notifications, consent by elicitation. A notification that cannot
 * be sent (the client went away) never fails the call.
 */
final class SessionToolContext implements ToolContext {
  static final String LOGGER = "aws-mcp";

  private final McpSyncServerExchange exchange;
  private final Object progressToken;

  SessionToolContext(McpSyncServerExchange exchange, Object progressToken) {
    this.exchange = exchange;
    this.progressToken = progressToken;
  }

  @Override
  public void progress(double progress, OptionalDouble total, String message) {
    if (progressToken == null) {
      return;
    }
    try {
      exchange.progressNotification(new McpSchema.ProgressNotification(progressToken, progress,
          total.isPresent() ? total.getAsDouble() : null, message));
    } catch (RuntimeException ignored) {
      // progress is a courtesy: the call goes on
    }
  }

  @Override
  public void warn(String message) {
    try {
      exchange.loggingNotification(McpSchema.LoggingMessageNotification.builder()
          .level(McpSchema.LoggingLevel.WARNING).logger(LOGGER).data(message).build());
    } catch (RuntimeException ignored) {
      // a lost warning must not lose the answer
    }
  }

  @Override
  public Optional<String> caller() {
    return McpToolSpecifications.caller(exchange.transportContext());
  }

  @Override
  public Optional<ConsentHandler> consentHandler() {
    return Optional.of(new ElicitationConsent(exchange));
  }
}
