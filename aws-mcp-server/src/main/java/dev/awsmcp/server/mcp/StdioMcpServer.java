package dev.awsmcp.server.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * The MCP server over standard input and output, with the engine's tools. Standard output is the
 * protocol's pipe: while serving, {@code System.out} points at standard error, so nothing else
 * (a library's stray print) can corrupt a message. The engine is built on the first tool call.
 */
public final class StdioMcpServer {
  private final McpServerSetup setup;

  /** @param setup the server's tools and settings, shared with the other transports */
  public StdioMcpServer(McpServerSetup setup) {
    this.setup = Objects.requireNonNull(setup, "setup");
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
    McpSyncServer server = setup.configure(McpServer.sync(transport)).build();
    try {
      ended.await();
      // The client is gone and cannot read an answer, but a call under way should end as a whole.
      setup.awaitIdle();
    } finally {
      server.closeGracefully();
    }
  }
}
