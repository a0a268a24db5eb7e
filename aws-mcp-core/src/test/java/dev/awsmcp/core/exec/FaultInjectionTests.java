package dev.awsmcp.core.exec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a real HTTP peer injects: each is retried when it is throttling or transient, and
 * otherwise turned into a clear error; nothing hangs.
 */
class FaultInjectionTests {
  private static final String GET_ITEM = "aws dynamodb get-item --table-name t --key '{\"pk\":{\"S\":\"1\"}}'";
  private static WireMockServer server;
  private static AwsMcp engine;
  @TempDir static Path workdir;

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    engine = AwsMcp.builder()
        .modelPath(TestEngines.botocoreData())
        .modelClassLoader(null)
        .searchInstalledModels(false)
        .environment(Map.of(
            "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "secret",
            "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", server.baseUrl(),
            "AWS_CONFIG_FILE", "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"))
        .timeouts(Duration.ofSeconds(2), Duration.ofMillis(700))
        .workingDirectory(workdir)
        .build();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.0")
        .withHeader("x-amzn-RequestId", "req-" + status).withBody(body);
  }

  @Test
  void throttlingIsRetriedUntilItPasses() {
    server.stubFor(any(anyUrl()).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\"slow down\"}"))
        .willSetStateTo("second"));
    server.stubFor(any(anyUrl()).inScenario("throttle").whenScenarioStateIs("second")
        .willReturn(json(400, "{\"__type\":\"ProvisionedThroughputExceededException\",\"message\":\"slow down\"}"))
        .willSetStateTo("third"));
    server.stubFor(any(anyUrl()).inScenario("throttle").whenScenarioStateIs("third")
        .willReturn(json(200, "{\"Item\":{\"pk\":{\"S\":\"1\"}}}")));
    CallResult r = engine.call(GET_ITEM);
    assertTrue(r.ok(), () -> r.errors().toString());
    assertEquals(3, r.metadata().orElseThrow().attempts());
    assertEquals("1", r.response().orElseThrow().path("Item").path("pk").path("S").asText());
  }

  @Test
  void aPersistent503IsAServiceErrorAfterAllAttempts() {
    server.stubFor(any(anyUrl()).willReturn(json(503, "{\"__type\":\"ServiceUnavailable\",\"message\":\"down\"}")));
    CallResult r = engine.call(GET_ITEM);
    assertEquals(ErrorCode.SERVICE_ERROR, r.error().orElseThrow().code());
    assertEquals("ServiceUnavailable", r.serviceError().orElseThrow().code());
    assertEquals(503, r.serviceError().orElseThrow().httpStatus());
    assertEquals(3, r.metadata().orElseThrow().attempts());
    server.verify(exactly(3), postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void aClientErrorIsAnsweredAtOnce() {
    server.stubFor(any(anyUrl()).willReturn(json(400,
        "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"bad key\"}")));
    CallResult r = engine.call(GET_ITEM);
    assertEquals("ValidationException", r.serviceError().orElseThrow().code());
    assertEquals("bad key", r.serviceError().orElseThrow().message());
    assertEquals("req-400", r.requestId().orElseThrow());
    server.verify(exactly(1), postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void a500WithAnHtmlBodyIsNamedByItsStatus() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));
    CallResult r = engine.call(GET_ITEM);
    assertEquals("500", r.serviceError().orElseThrow().code());
    assertEquals(3, r.metadata().orElseThrow().attempts());
  }

  @Test
  void aResetConnectionIsRetriedThenReportedAsATransportError() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    CallResult r = engine.call(GET_ITEM);
    assertEquals(ErrorCode.CONNECTION_FAILED, r.error().orElseThrow().code());
    assertTrue(r.error().orElseThrow().message().contains("3 attempts"), r.error().toString());
  }

  @Test
  void garbageThenCloseIsATransportError() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    CallResult r = engine.call(GET_ITEM);
    assertFalse(r.ok());
    assertEquals(ErrorCode.CONNECTION_FAILED, r.error().orElseThrow().code());
  }

  @Test
  void anAnswerSlowerThanTheReadTimeoutIsATimeoutNotAHang() {
    server.stubFor(any(anyUrl()).willReturn(json(200, "{}").withFixedDelay(3000)));
    long start = System.nanoTime();
    CallResult r = engine.call(GET_ITEM);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(ErrorCode.TIMEOUT, r.error().orElseThrow().code());
    assertTrue(seconds < 15, "took " + seconds + " s");
  }

  @Test
  void aBodyThatTricklesInPastTheDeadlineIsATimeoutAndLeavesNoInterrupt() {
    server.stubFor(any(anyUrl()).willReturn(json(200, "{\"Item\":{\"pk\":{\"S\":\"" + "x".repeat(400) + "\"}}}")
        .withChunkedDribbleDelay(20, 8000)));
    long start = System.nanoTime();
    CallResult r = engine.call(GET_ITEM);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(ErrorCode.TIMEOUT, r.error().orElseThrow().code(), () -> r.toString());
    assertTrue(seconds < 15, "took " + seconds + " s");
    assertFalse(Thread.currentThread().isInterrupted(), "the deadline's interrupt leaked to the caller");
  }

  @Test
  void malformedJsonIsAClearError() {
    server.stubFor(any(anyUrl()).willReturn(json(200, "{\"Item\": {\"pk\": ")));
    CallResult r = engine.call(GET_ITEM);
    assertEquals(ErrorCode.MALFORMED_RESPONSE, r.error().orElseThrow().code());
    assertTrue(r.error().orElseThrow().message().contains("GetItem"), r.error().toString());
  }

  @Test
  void malformedXmlIsAClearError() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/xml").withBody("<ListBucketResult><Name>b</Nam")));
    CallResult r = engine.call("aws s3api list-objects-v2 --bucket b");
    assertEquals(ErrorCode.MALFORMED_RESPONSE, r.error().orElseThrow().code());
  }

  @Test
  void anUnreachableEndpointIsAConnectionError() {
    CallResult r = engine.call(GET_ITEM + " --endpoint-url http://127.0.0.1:1");
    assertEquals(ErrorCode.CONNECTION_FAILED, r.error().orElseThrow().code());
  }
}
