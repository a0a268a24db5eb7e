package dev.awsmcp.server.mcp;

import dev.awsmcp.api.policy.ConsentAnswer;
import dev.awsmcp.api.policy.ConsentHandler;
import dev.awsmcp.api.policy.ConsentRequest;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/**
 * Asks the human behind an MCP client through elicitation: a yes/no form. Accepted with yes
 * approves; no, decline or cancel refuse. A client that did not declare elicitation cannot be
 * asked (the SDK would fail the request), so the answer is {@link ConsentAnswer#UNAVAILABLE}
 * and the engine's refusal says how to allow the command instead.
 */
final class ElicitationConsent implements ConsentHandler {
  static final String FIELD = "approve";

  private static final Map<String, Object> YES_NO = Map.of(
      "type", "object",
      "properties", Map.of(FIELD, Map.of("type", "boolean", "title", "Run this command?",
          "description", "Yes runs the command once; no refuses it.")),
      "required", List.of(FIELD));

  private final McpSyncServerExchange exchange;

  ElicitationConsent(McpSyncServerExchange exchange) {
    this.exchange = exchange;
  }

  static boolean supported(McpSyncServerExchange exchange) {
    McpSchema.ClientCapabilities caps = exchange.getClientCapabilities();
    return caps != null && caps.elicitation() != null;
  }

  @Override
  public ConsentAnswer ask(ConsentRequest request) {
    if (!supported(exchange)) {
      return ConsentAnswer.UNAVAILABLE;
    }
    McpSchema.ElicitResult answer = exchange.createElicitation(
        McpSchema.ElicitRequest.builder().message(request.message()).requestedSchema(YES_NO).build());
    return approved(answer) ? ConsentAnswer.APPROVED : ConsentAnswer.DECLINED;
  }

  static boolean approved(McpSchema.ElicitResult answer) {
    if (answer == null || answer.action() != McpSchema.ElicitResult.Action.ACCEPT || answer.content() == null) {
      return false;
    }
    Object yes = answer.content().get(FIELD);
    // Some clients send form values as text.
    return Boolean.TRUE.equals(yes) || "true".equalsIgnoreCase(String.valueOf(yes)) || "yes".equalsIgnoreCase(String.valueOf(yes));
  }
}
