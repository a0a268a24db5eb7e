package dev.awsmcp.langchain4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.policy.ConsentHandler;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.tools.AwsTools;
import dev.awsmcp.core.tools.ToolContext;
import dev.awsmcp.core.tools.ToolDefinition;
import dev.awsmcp.core.tools.ToolResult;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's tools for LangChain4j {@code AiServices}: {@code call_aws}, {@code
 * suggest_aws_commands}, the documentation tools and {@code get_execution_plan}, built from the
 * same definitions as the MCP server's, so names, descriptions and schemas are identical. A tool
 * answers with its JSON (an AWS service error is an answer, not an exception), an execution plan
 * with its Markdown; commands that need consent ask the {@link ConsentHandler} given here.
 *
 * <pre>{@code
 * Assistant assistant = AiServices.builder(Assistant.class)
 *     .chatModel(model)
 *     .toolProvider(AwsMcpToolProvider.builder(engine).consentHandler(request -> askUser(request)).build())
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe; the tools are the same for every request.
 */
public final class AwsMcpToolProvider implements ToolProvider {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ToolProviderResult tools;

  private AwsMcpToolProvider(List<ToolDefinition> definitions, Optional<ConsentHandler> consent) {
    ToolContext context = new ToolContext() {
      @Override
      public Optional<ConsentHandler> consentHandler() {
        return consent;
      }
    };
    ToolProviderResult.Builder b = ToolProviderResult.builder();
    for (ToolDefinition d : definitions) {
      b.add(specification(d), executor(d, context));
    }
    this.tools = b.build();
  }

  public static Builder builder(AwsMcp engine) {
    return new Builder(engine);
  }

  @Override
  public ToolProviderResult provideTools(ToolProviderRequest request) {
    return tools;
  }

  static ToolSpecification specification(ToolDefinition d) {
    return ToolSpecification.builder()
        .name(d.name())
        .description(d.description())
        .parameters(JsonSchemaElements.object(d.inputSchema()))
        .build();
  }

  private static ToolExecutor executor(ToolDefinition d, ToolContext context) {
    return (request, memoryId) -> {
      ObjectNode arguments;
      try {
        JsonNode parsed = JSON.readTree(request.arguments() == null || request.arguments().isBlank() ? "{}" : request.arguments());
        if (!parsed.isObject()) {
          return ToolResult.error(ErrorCode.INVALID_JSON, "the arguments of " + d.name() + " must be a JSON object").json();
        }
        arguments = (ObjectNode) parsed;
      } catch (JsonProcessingException e) {
        return ToolResult.error(ErrorCode.INVALID_JSON, "the arguments of " + d.name() + " are not JSON: "
            + e.getOriginalMessage()).json();
      }
      return d.call(arguments, context).text();
    };
  }

  /** Configures an {@link AwsMcpToolProvider}. */
  public static final class Builder {
    private final AwsMcp engine;
    private ConsentHandler consent;

    private Builder(AwsMcp engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Who to ask when a command needs consent (a callback into the application's UI). Default:
     * the engine's own handler, which by default asks no one, so such commands are refused with
     * a message saying how to allow them.
     */
    public Builder consentHandler(ConsentHandler handler) {
      this.consent = Objects.requireNonNull(handler, "handler");
      return this;
    }

    public AwsMcpToolProvider build() {
      return new AwsMcpToolProvider(AwsTools.definitions(engine), Optional.ofNullable(consent));
    }
  }
}
