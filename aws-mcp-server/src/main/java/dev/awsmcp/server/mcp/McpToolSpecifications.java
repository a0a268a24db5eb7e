package dev.awsmcp.server.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.policy.ConsentHandler;
import dev.awsmcp.core.tools.ToolAnnotations;
import dev.awsmcp.core.tools.ToolContext;
import dev.awsmcp.core.tools.ToolDefinition;
import dev.awsmcp.core.tools.ToolResult;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns the engine's {@link ToolDefinition}s into MCP tools: same name, description and schemas;
 * the answer as structured content (when the tool declares an output schema) and as one text
 * block for clients that read only text: the same JSON, or the Markdown of a tool that writes a
 * document (an execution plan, which declares no output schema). Nothing thrown by a tool reaches the SDK.
 */
final class McpToolSpecifications {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private McpToolSpecifications() {}

  /**
   * @param beforeCall sees each call's exchange first (the server names the client to the engine)
   * @param inFlight counts the calls under way
   */
  static List<SyncToolSpecification> of(List<ToolDefinition> tools, Consumer<McpSyncServerExchange> beforeCall,
      InFlightCalls inFlight) {
    return tools.stream().map(t -> of(t, beforeCall, inFlight)).toList();
  }

  static SyncToolSpecification of(ToolDefinition tool, Consumer<McpSyncServerExchange> beforeCall, InFlightCalls inFlight) {
    return SyncToolSpecification.builder()
        .tool(tool(tool))
        .callHandler((exchange, request) -> call(tool, request, inFlight, () -> {
          beforeCall.accept(exchange);
          return new SessionToolContext(exchange, request.progressToken());
        }))
        .build();
  }

  /**
   * The tools for a server without sessions (stateless HTTP): nothing can be sent to the client
   * while a call runs, so no progress, no warnings, and no one to ask for consent: a command that
   * needs it is refused with the engine's explanation.
   */
  static List<McpStatelessServerFeatures.SyncToolSpecification> stateless(List<ToolDefinition> tools, InFlightCalls inFlight) {
    return tools.stream().map(t -> McpStatelessServerFeatures.SyncToolSpecification.builder()
            .tool(tool(t))
            .callHandler((transportContext, request) -> call(t, request, inFlight, () -> noSession(transportContext)))
            .build())
        .toList();
  }

  private static ToolContext noSession(McpTransportContext transport) {
    return new ToolContext() {
      @Override
      public Optional<String> caller() {
        return McpToolSpecifications.caller(transport);
      }

      @Override
      public Optional<ConsentHandler> consentHandler() {
        return Optional.of(ConsentHandler.none());
      }
    };
  }

  /** Who the transport authenticated for this request ({@link McpServerSetup#CALLER}), if anyone. */
  static Optional<String> caller(McpTransportContext transport) {
    Object caller = transport == null ? null : transport.get(McpServerSetup.CALLER);
    return caller == null ? Optional.empty() : Optional.of(caller.toString());
  }

  private static McpSchema.CallToolResult call(ToolDefinition tool, McpSchema.CallToolRequest request, InFlightCalls inFlight,
      Supplier<ToolContext> context) {
    inFlight.enter();
    try {
      ToolContext c = context.get();
      ObjectNode args = request.arguments() == null ? JSON.createObjectNode() : JSON.valueToTree(request.arguments());
      return result(tool, tool.call(args, c));
    } catch (RuntimeException e) {
      return result(tool, ToolResult.error(ErrorCode.INTERNAL_ERROR, tool.name() + " failed: " + e));
    } finally {
      inFlight.exit();
    }
  }

  static McpSchema.Tool tool(ToolDefinition tool) {
    ToolAnnotations a = tool.annotations();
    McpSchema.Tool.Builder b = McpSchema.Tool.builder()
        .name(tool.name())
        .description(tool.description())
        .inputSchema(JSON.convertValue(tool.inputSchema(), MAP))
        .annotations(new McpSchema.ToolAnnotations(null, a.readOnly(), a.destructive(), a.idempotent(), a.openWorld(), null));
    tool.outputSchema().ifPresent(s -> b.outputSchema(JSON.convertValue(s, MAP)));
    return b.build();
  }

  static McpSchema.CallToolResult result(ToolDefinition tool, ToolResult r) {
    McpSchema.CallToolResult.Builder b = McpSchema.CallToolResult.builder()
        .addTextContent(r.text())
        .isError(r.isError());
    // Structured content must match the declared output schema; an error answer need not.
    if (tool.outputSchema().isPresent() && !r.isError()) {
      b.structuredContent(JSON.convertValue(r.content(), MAP));
    }
    return b.build();
  }
}
