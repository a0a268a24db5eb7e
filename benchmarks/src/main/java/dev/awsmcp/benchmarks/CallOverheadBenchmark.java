package dev.awsmcp.benchmarks;

import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's own overhead per call, without a peer's noise: a warm engine against a canned
 * loopback server (a DynamoDB GetItem JSON answer; moto's 9.7 KB DescribeInstances XML for 3
 * instances) against the floor, the engine's captured request replayed with the JDK client.
 * Against moto ({@link CallLatencyBenchmark}) the emulator shares the 2 cores and adds its noise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CallOverheadBenchmark {
  private CannedHttpServer json;
  private CannedHttpServer xml;
  private AwsMcp jsonEngine;
  private AwsMcp xmlEngine;
  private HttpClient http;
  private HttpRequest rawGetItem;
  private HttpRequest rawDescribeInstances;

  @Setup
  public void setUp() throws IOException {
    json = new CannedHttpServer("application/x-amz-json-1.0",
        "{\"Item\":{\"pk\":{\"S\":\"k1\"},\"v\":{\"S\":\"value\"}}}".getBytes(StandardCharsets.UTF_8));
    byte[] ec2;
    try (InputStream in = getClass().getResourceAsStream("/bench/ec2-describe-instances.xml")) {
      ec2 = in.readAllBytes();
    }
    xml = new CannedHttpServer("text/xml;charset=UTF-8", ec2);
    jsonEngine = engine(json.url());
    xmlEngine = engine(xml.url());
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    rawGetItem = CapturedRequests.capture(CallLatencyBenchmark.GET_ITEM, json.url());
    rawDescribeInstances = CapturedRequests.capture(CallLatencyBenchmark.DESCRIBE_INSTANCES, xml.url());
  }

  private static AwsMcp engine(String url) throws IOException {
    return AwsMcp.builder()
        .modelPath(BenchmarkEngines.botocoreData())
        .modelClassLoader(null)
        .searchInstalledModels(false)
        .environment(Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing",
            "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", url, "AWS_CONFIG_FILE", "/nonexistent",
            "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"))
        .workingDirectory(EmptyWorkDirectories.create("aws-mcp-bench"))
        .build();
  }

  @TearDown
  public void tearDown() throws IOException {
    json.close();
    xml.close();
  }

  private static CallResult checked(CallResult r) {
    if (!r.ok()) {
      throw new IllegalStateException("benchmark call failed: " + r.errors());
    }
    return r;
  }

  @Benchmark
  public CallResult engineDynamodbGetItem() {
    return checked(jsonEngine.call(CallLatencyBenchmark.GET_ITEM));
  }

  @Benchmark
  public CallResult engineEc2DescribeInstances() {
    return checked(xmlEngine.call(CallLatencyBenchmark.DESCRIBE_INSTANCES));
  }

  @Benchmark
  public byte[] rawDynamodbGetItem() throws Exception {
    return http.send(rawGetItem, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  @Benchmark
  public byte[] rawEc2DescribeInstances() throws Exception {
    return http.send(rawDescribeInstances, HttpResponse.BodyHandlers.ofByteArray()).body();
  }
}
