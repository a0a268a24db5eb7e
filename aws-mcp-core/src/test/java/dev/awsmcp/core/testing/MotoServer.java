package dev.awsmcp.core.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code moto_server} (the AWS emulator) on a free loopback port, run as a subprocess.
 *
 * <p>Use {@link #shared()} from tests: one server per test JVM, started on first use and stopped
 * by a shutdown hook. Tests that share it should {@link #reset()} or use unique resource names.
 * When {@code moto_server} is not on the {@code PATH}, {@link #shared()} and {@link #start()}
 * abort the calling test through a JUnit assumption, so it is reported as skipped, not failed.
 *
 * <p>moto accepts any credentials and does not check signatures; it is the peer for behaviour
 * (STS role assumption, service semantics), not for signing.
 */
public final class MotoServer implements AutoCloseable {
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final int START_ATTEMPTS = 3;
  private static final Object SHARED_LOCK = new Object();
  private static volatile MotoServer shared;
  private static IllegalStateException sharedFailure;

  private final Process process;
  private final Path log;
  private final URI endpoint;
  private final HttpClient http;
  private final Thread shutdownHook;

  private MotoServer(Process process, Path log, URI endpoint, HttpClient http) {
    this.process = process;
    this.log = log;
    this.endpoint = endpoint;
    this.http = http;
    this.shutdownHook = new Thread(this::stop, "moto-server-stop-" + endpoint.getPort());
  }

  /** The one server of this test JVM, started lazily; skips the test if moto is not installed. */
  public static MotoServer shared() {
    MotoServer s = shared;
    if (s == null) {
      synchronized (SHARED_LOCK) {
        s = shared;
        if (s == null) {
          // A server that would not start fails every later test at once, not after new attempts.
          if (sharedFailure != null) {
            throw new IllegalStateException("the shared moto_server failed to start earlier", sharedFailure);
          }
          try {
            s = start();
          } catch (IllegalStateException e) {
            sharedFailure = e;
            throw e;
          }
          shared = s;
        }
      }
    }
    return s;
  }

  /** Starts a private server; the caller closes it. Skips the test if moto is not installed. */
  public static MotoServer start() {
    Optional<Path> executable = findOnPath("moto_server");
    Assumptions.assumeTrue(executable.isPresent(),
        "moto_server is not on the PATH (python3 -m pip install 'moto[server]'), skipping");
    IllegalStateException failure = null;
    // A free port can be taken between probing and binding; try another one then.
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      try {
        return start(executable.get(), freePort());
      } catch (IllegalStateException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    throw failure;
  }

  private static MotoServer start(Path executable, int port) {
    Path log;
    Process process;
    try {
      log = Files.createTempFile("moto-server-" + port + "-", ".log");
      log.toFile().deleteOnExit();
      // Output goes to a file, not a pipe: moto logs every request and a full pipe would block it.
      process = new ProcessBuilder(executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + executable, e);
    }
    MotoServer server = new MotoServer(process, log, URI.create("http://127.0.0.1:" + port),
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    try {
      server.awaitReady();
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
    return server;
  }

  /** The base URL, {@code http://127.0.0.1:<port>}, to use as an endpoint for every service. */
  /**
   * The environment of a client pointed at this server: moto's test keys, us-east-1, every call
   * sent here, no AWS config or credentials files, and {@code home} as HOME. A fresh mutable map,
   * for a test to add to.
   */
  public Map<String, String> clientEnvironment(Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ENDPOINT_URL", endpoint().toString());
    env.put("AWS_CONFIG_FILE", "/nonexistent");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
    env.put("HOME", home.toString());
    return env;
  }

  public URI endpoint() {
    return endpoint;
  }

  /** Forgets every resource moto holds (all services, all accounts). */
  public void reset() {
    HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.noBody())
        .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("moto reset answered HTTP " + response.statusCode() + ": "
          + response.body());
    }
  }

  /** Stops the process; the shared instance is left to the shutdown hook. */
  @Override
  public void close() {
    if (this == shared) {
      return;
    }
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs anyway and stopping twice is harmless
    }
  }

  /** Whether the process is still running. */
  public boolean isRunning() {
    return process.isAlive();
  }

  private void stop() {
    // The PATH entry may be a wrapper (pyenv shim) that forks; end its children as well.
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    HttpRequest probe = HttpRequest.newBuilder(endpoint.resolve("/moto-api/"))
        .timeout(Duration.ofSeconds(2))
        .GET()
        .build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("moto_server exited with code " + process.exitValue()
            + " before answering on " + endpoint + "; its output:\n" + output());
      }
      try {
        HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet, or a connection reset while starting up
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for moto_server", e);
      }
      sleep(Duration.ofMillis(100));
    }
    throw new IllegalStateException("moto_server did not answer on " + endpoint + " within "
        + STARTUP_TIMEOUT.toSeconds() + " s; its output:\n" + output());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("moto_server at " + endpoint + " did not answer; its output:\n"
          + output(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The last lines the process printed, for failure messages. */
  String output() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(output unreadable: " + e + ")";
    }
  }

  @Override
  public String toString() {
    return "MotoServer[" + endpoint + "]";
  }

  private static Optional<Path> findOnPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for moto_server", e);
    }
  }
}
