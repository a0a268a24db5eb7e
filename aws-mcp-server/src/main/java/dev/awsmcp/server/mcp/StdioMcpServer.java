package dev.awsmcp.server.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.tools.AwsTools;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * The MCP server over standard input and output, with the engine's tools. Standard output is the
 * protocol's pipe: while serving, {@code System.out} points at standard error, so nothing else
 * (a library's stray print) can corrupt a message. The engine is built on the first tool call.
 */
public final class StdioMcpServer {
  /** How long a call still running when the client closes its input may take to finish. */
  private static final Duration FINISH_RUNNING_CALLS = Duration.ofSeconds(30);

  /** Extra time the SDK waits for a consent answer beyond the engine's own bound, so the engine's bound decides. */
  private static final Duration CONSENT_MARGIN = Duration.ofSeconds(10);

  private final Supplier<AwsMcp.Builder> engine;
  private final boolean readOnly;
  private final boolean executionPlans;
  private final Duration consentTimeout;
  private final String version;

  /**
   * @param engine a fresh builder with the configuration; built on the first tool call
   * @param readOnly whether the configuration is read-only mode ({@code call_aws} is then annotated read-only)
   * @param executionPlans whether to offer {@code get_execution_plan}
   * @param consentTimeout how long the engine waits for a consent answer
   * @param version this server's version, told to the client
   */
  public StdioMcpServer(Supplier<AwsMcp.Builder> engine, boolean readOnly, boolean executionPlans, Duration consentTimeout,
      String version) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.readOnly = readOnly;
    this.executionPlans = executionPlans;
    this.consentTimeout = Objects.requireNonNull(consentTimeout, "consentTimeout");
    this.version = Objects.requireNonNull(version, "version");
  }

  /** Serves on this process's standard input and output until the client closes standard input. */
  public void serve() throws InterruptedException {
    OutputStream pipe = new FileOutputStream(FileDescriptor.out);
    PrintStream stdout = System.out;
    System.setOut(System.err);
    try {
      serve(System.in, pipe);
    } finally {
      System.setOut(stdout);
    }
  }

  void serve(InputStream in, OutputStream out) throws InterruptedException {
    CountDownLatch ended = new CountDownLatch(1);
    StdioServerTransportProvider transport = new StdioServerTransportProvider(new JacksonMcpJsonMapper(new ObjectMapper()),
        new EndOfInputSignal(in, ended::countDown), out);
    LazyEngine lazy = new LazyEngine(engine);
    InFlightCalls inFlight = new InFlightCalls();
    List<SyncToolSpecification> tools = McpToolSpecifications.of(AwsTools.definitions(lazy, readOnly, executionPlans),
        exchange -> lazy.client(exchange.getClientInfo()), inFlight);
    McpSyncServer server = McpServer.sync(transport)
        .serverInfo("aws-mcp", version)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).logging().build())
        // Requests to the client include consent prompts: the SDK's 10 s default would cut a human short.
        .requestTimeout(consentTimeout.plus(CONSENT_MARGIN))
        // The tools check their arguments themselves, with messages naming the argument, on every surface alike.
        .validateToolInputs(false)
        .jsonSchemaValidator(new LazySchemaValidator(tools))
        .tools(tools)
        .build();
    try {
      ended.await();
      // The client is gone and cannot read an answer, but a call under way should end as a whole
      // (its outcome audited) rather than be cut off when the process exits.
      inFlight.awaitIdle(FINISH_RUNNING_CALLS);
    } finally {
      server.closeGracefully();
    }
  }
}
