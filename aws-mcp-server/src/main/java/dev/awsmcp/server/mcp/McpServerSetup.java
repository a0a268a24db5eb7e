package dev.awsmcp.server.mcp;

import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.tools.AwsTools;
import dev.awsmcp.core.tools.ToolDefinition;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every transport's MCP server shares: who it says it is, its capabilities, how long it
 * waits for the client, the tools over one lazily built engine, and the count of calls under way.
 * A transport makes one of these, hands it its SDK server specification, and waits on
 * {@link #awaitIdle} before closing.
 */
public final class McpServerSetup {
  /** How long calls still running when the server is told to stop may take to finish. */
  public static final Duration FINISH_RUNNING_CALLS = Duration.ofSeconds(30);

  /**
   * The transport context entry naming who a request came from, as the transport authenticated
   * them (an HTTP bearer token's subject); tool calls carry it into the audit.
   */
  public static final String CALLER = "dev.awsmcp.caller";

  /** Extra time the SDK waits for a consent answer beyond the engine's own bound, so the engine's bound decides. */
  private static final Duration CONSENT_MARGIN = Duration.ofSeconds(10);

  private static final String NAME = "aws-mcp";

  private final LazyEngine lazy;
  private final InFlightCalls inFlight = new InFlightCalls();
  private final List<ToolDefinition> tools;
  private final Duration consentTimeout;
  private final String version;

  /**
   * @param engine a fresh builder with the configuration; built on the first tool call
   * @param readOnly whether the configuration is read-only mode ({@code call_aws} is then annotated read-only)
   * @param executionPlans whether to offer {@code get_execution_plan}
   * @param consentTimeout how long the engine waits for a consent answer
   * @param version this server's version, told to the client
   */
  public McpServerSetup(Supplier<AwsMcp.Builder> engine, boolean readOnly, boolean executionPlans, Duration consentTimeout,
      String version) {
    this.lazy = new LazyEngine(Objects.requireNonNull(engine, "engine"));
    this.tools = AwsTools.definitions(lazy, readOnly, executionPlans);
    this.consentTimeout = Objects.requireNonNull(consentTimeout, "consentTimeout");
    this.version = Objects.requireNonNull(version, "version");
  }

  /** Configures a server with sessions (stdio, stateful HTTP); the caller builds it. */
  public <S extends McpServer.SyncSpecification<S>> S configure(S spec) {
    List<SyncToolSpecification> specs = McpToolSpecifications.of(tools, exchange -> lazy.client(exchange.getClientInfo()), inFlight);
    // one statement each: some of the SDK's setters return the base specification type, not S
    spec.serverInfo(NAME, version);
    spec.capabilities(McpSchema.ServerCapabilities.builder().tools(false).logging().build());
    // Requests to the client include consent prompts: the SDK's 10 s default would cut a human short.
    spec.requestTimeout(consentTimeout.plus(CONSENT_MARGIN));
    // The tools check their arguments themselves, with messages naming the argument, on every surface alike.
    spec.validateToolInputs(false);
    spec.jsonSchemaValidator(new LazySchemaValidator(specs.stream().map(SyncToolSpecification::tool).toList()));
    spec.tools(specs);
    return spec;
  }

  /**
   * A server without sessions over {@code transport}: it cannot send the client anything while a
   * call runs (no logging capability, no consent prompts), so commands that need consent are refused.
   */
  public McpStatelessSyncServer stateless(McpStatelessServerTransport transport) {
    List<McpStatelessServerFeatures.SyncToolSpecification> specs = McpToolSpecifications.stateless(tools, inFlight);
    return McpServer.sync(transport)
        .serverInfo(NAME, version)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .requestTimeout(consentTimeout.plus(CONSENT_MARGIN))
        .validateToolInputs(false)
        .jsonSchemaValidator(new LazySchemaValidator(specs.stream().map(McpStatelessServerFeatures.SyncToolSpecification::tool).toList()))
        .tools(specs)
        .build();
  }

  /**
   * Waits until no tool call runs, at most {@link #FINISH_RUNNING_CALLS}: a call under way should
   * end as a whole (its outcome audited) rather than be cut off when the process exits.
   *
   * @return true when none runs
   */
  public boolean awaitIdle() throws InterruptedException {
    return inFlight.awaitIdle(FINISH_RUNNING_CALLS);
  }
}
