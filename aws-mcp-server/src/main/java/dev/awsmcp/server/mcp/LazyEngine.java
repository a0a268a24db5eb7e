package dev.awsmcp.server.mcp;

import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.auth.CallerIdentity;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The engine, built on the first tool call rather than at start-up: finding and indexing the
 * models takes longer than a client waits for {@code tools/list}. A build that fails (a broken
 * policy file) is tried again on the next call, so fixing the file needs no restart.
 * Thread-safe.
 */
final class LazyEngine implements Supplier<AwsMcp> {
  private final Supplier<AwsMcp.Builder> builder;
  private volatile AwsMcp engine;
  private volatile String clientName;

  LazyEngine(Supplier<AwsMcp.Builder> builder) {
    this.builder = builder;
  }

  /** Names the MCP client in the user agent of the engine's requests, if it is not built yet. */
  void client(McpSchema.Implementation client) {
    if (clientName == null && client != null && client.name() != null) {
      clientName = client.version() == null ? client.name() : client.name() + "_" + client.version();
    }
  }

  // Who the engine acts as, said on stderr (the client's log) once it is built, off the calling
  // thread: a slow or failing STS call must not hold up the first tool call.
  private static void reportIdentity(AwsMcp engine) {
    Thread t = new Thread(() -> {
      CallResult r = engine.callerIdentity();
      Optional<CallerIdentity> who = CallerIdentity.of(r);
      if (who.isPresent()) {
        System.err.println("aws-mcp: acting as " + who.get().arn());
        if (who.get().isRoot()) {
          System.err.println("aws-mcp: WARNING: " + CallerIdentity.ROOT_WARNING);
        }
      } else {
        System.err.println("aws-mcp: WARNING: the AWS identity could not be determined: "
            + r.error().map(err -> err.code() + ": " + err.message()).orElse("no answer"));
      }
    }, "aws-mcp-identity");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public AwsMcp get() {
    AwsMcp e = engine;
    if (e == null) {
      synchronized (this) {
        e = engine;
        if (e == null) {
          AwsMcp.Builder b = builder.get();
          if (clientName != null) {
            b.clientName(clientName);
          }
          try {
            e = b.build();
          } catch (RuntimeException failed) {
            throw new IllegalStateException("the engine could not start: " + failed.getMessage(), failed);
          }
          engine = e;
          reportIdentity(e);
        }
      }
    }
    return e;
  }
}
