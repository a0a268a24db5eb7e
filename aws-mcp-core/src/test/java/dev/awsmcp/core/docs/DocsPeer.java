package dev.awsmcp.core.docs;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A WireMock server on loopback standing in for the three documentation endpoints (pages, search,
 * recommendations under AWS's paths), and clients pointed at it.
 */
final class DocsPeer implements AutoCloseable {
  final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

  DocsPeer() {
    server.start();
  }

  URI origin() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** A client over this peer with its own cache directory and a short timeout. */
  DocsClients.Builder client(Path cacheDir) {
    return DocsClients.builder()
        .endpoints(DocsEndpoints.at(origin()))
        .cacheDirectory(cacheDir)
        .timeout(Duration.ofMillis(800));
  }

  /** A loopback origin nothing listens on: connections are refused. */
  static URI refusingOrigin() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + s.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource under {@code dev/awsmcp/core/docs/}. */
  static String resource(String name) {
    try (InputStream in = DocsPeer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
