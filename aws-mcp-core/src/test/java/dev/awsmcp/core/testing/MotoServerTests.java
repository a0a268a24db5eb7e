package dev.awsmcp.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MotoServerTests {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void sharedServerIsOneLoopbackInstanceThatAnswers() throws Exception {
    MotoServer server = MotoServer.shared();

    assertSame(server, MotoServer.shared());
    assertEquals("127.0.0.1", server.endpoint().getHost());
    assertEquals(200, get(server.endpoint().resolve("/moto-api/")).statusCode());
  }

  @Test
  void resetForgetsCreatedResources() throws Exception {
    MotoServer server = MotoServer.shared();
    // moto's S3 accepts unsigned requests; a bucket is the cheapest resource to observe.
    URI bucket = server.endpoint().resolve("/moto-server-tests-reset");
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(bucket)
        .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, created.statusCode(), created.body());
    assertEquals(200, head(bucket));

    server.reset();

    assertEquals(404, head(bucket));
  }

  @Test
  void closeStopsAPrivateServer() throws Exception {
    MotoServer server = MotoServer.start();
    assertTrue(server.isRunning());
    assertEquals(200, get(server.endpoint().resolve("/moto-api/")).statusCode());

    server.close();

    assertFalse(server.isRunning(), "process still running after close()");
  }

  @Test
  void closeLeavesTheSharedServerRunning() {
    MotoServer server = MotoServer.shared();

    server.close();

    assertTrue(server.isRunning());
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private int head(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
