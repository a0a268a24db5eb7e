package dev.awsmcp.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.server.mcp.McpServerSetup;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The MCP server over streamable HTTP at {@value #PATH}, on Jetty, with the MCP SDK's servlet
 * transport: with sessions (consent asked by elicitation, progress and warnings sent while a call
 * runs) or, with {@code AWS_API_MCP_STATELESS_HTTP}, without. Every request passes the Host and
 * Origin allow-lists, then authentication, before the transport sees it. This class is the only
 * one that loads Jetty: the stdio path never touches it.
 */
public final class HttpMcpServer {
  public static final String PATH = "/mcp";

  /** How long Jetty waits for open connections (an idle event stream) once the calls have finished. */
  private static final long STOP_TIMEOUT_MS = 2_000;

  private final McpServerSetup setup;
  private final HttpSettings settings;
  private Server jetty;
  private Runnable closeMcp;
  private boolean stopped;

  public HttpMcpServer(McpServerSetup setup, HttpSettings settings) {
    this.setup = Objects.requireNonNull(setup, "setup");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Binds and starts serving.
   *
   * @return the port bound
   * @throws Exception when the port cannot be bound (in use, not permitted)
   */
  public synchronized int start() throws Exception {
    if (jetty != null) {
      throw new IllegalStateException("already started");
    }
    Optional<TokenVerifier> verifier = settings.authentication().verifier();
    JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
    HttpServlet transport;
    if (settings.stateless()) {
      HttpServletStatelessServerTransport t = HttpServletStatelessServerTransport.builder().jsonMapper(json).messageEndpoint(PATH)
          .contextExtractor(HttpMcpServer::callerContext).build();
      var server = setup.stateless(t);
      closeMcp = server::closeGracefully;
      transport = t;
    } else {
      HttpServletStreamableServerTransportProvider t = HttpServletStreamableServerTransportProvider.builder()
          .jsonMapper(json).mcpEndpoint(PATH).contextExtractor(HttpMcpServer::callerContext).build();
      var server = setup.configure(McpServer.sync(t)).build();
      closeMcp = server::closeGracefully;
      transport = t;
    }
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("aws-mcp-http");
    Server server = new Server(threads);
    server.setStopTimeout(STOP_TIMEOUT_MS);
    HttpConfiguration http = new HttpConfiguration();
    // no "Server: Jetty(version)" header: it tells a scanner which vulnerabilities to try
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
    // Order matters: a foreign Host or Origin is refused before its token is even looked at.
    context.addFilter(asyncHolder(new HostOriginFilter(settings.allowedHosts(), settings.allowedOrigins())), "/*", requests);
    verifier.ifPresent(v -> context.addFilter(asyncHolder(new BearerAuthFilter(v)), "/*", requests));
    if (!settings.stateless()) {
      context.addFilter(asyncHolder(new SessionOwnerFilter()), "/*", requests);
    }
    ServletHolder mcp = new ServletHolder("mcp", transport);
    // the streamable transport answers with server-sent events through the servlet's async mode
    mcp.setAsyncSupported(true);
    context.addServlet(mcp, PATH);
    server.setHandler(context);
    jetty = server;
    server.start();
    return connector.getLocalPort();
  }

  private static FilterHolder asyncHolder(jakarta.servlet.Filter filter) {
    FilterHolder h = new FilterHolder(filter);
    h.setAsyncSupported(true);
    return h;
  }

  /**
   * Stops: calls under way finish first (at most {@link McpServerSetup#FINISH_RUNNING_CALLS}),
   * their answers delivered, then the sessions close and Jetty stops. Safe to call twice.
   */
  public synchronized void stop() throws Exception {
    if (jetty == null || stopped) {
      return;
    }
    stopped = true;
    try {
      // New requests are still served meanwhile: a call under way may wait for the client's consent answer, a POST of its own.
      setup.awaitIdle();
    } finally {
      try {
        closeMcp.run();
      } finally {
        jetty.stop();
      }
    }
  }

  /** Serves until the process is told to stop (SIGTERM, Ctrl-C), then stops as {@link #stop} does. */
  public void serve() throws Exception {
    int port = start();
    Thread hook = new Thread(() -> {
      System.err.println("aws-mcp: stopping; calls under way may take up to "
          + McpServerSetup.FINISH_RUNNING_CALLS.toSeconds() + " s to finish");
      try {
        stop();
      } catch (Exception e) {
        System.err.println("aws-mcp: stopping failed: " + e);
      }
    }, "aws-mcp-http-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    System.err.println("aws-mcp: serving MCP over streamable HTTP at http://" + hostPart(settings.host()) + ":" + port + PATH
        + (settings.stateless() ? " (stateless)" : "") + ", authentication: " + settings.authentication().kind().spelling());
    jetty.join();
  }

  private static String hostPart(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  // Who the authentication filter accepted, for the tools' audit records.
  private static McpTransportContext callerContext(HttpServletRequest request) {
    Object caller = request.getAttribute(BearerAuthFilter.CALLER_ATTRIBUTE);
    return caller == null ? McpTransportContext.EMPTY : McpTransportContext.create(Map.of(McpServerSetup.CALLER, caller));
  }
}
