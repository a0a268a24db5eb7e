package dev.awsmcp.benchmarks;

import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end latency of three calls against a running moto server
 * ({@code AWS_MCP_BENCH_MOTO}, e.g. {@code http://127.0.0.1:5055}): the warm engine in-process
 * (parse, validate, policy, endpoint rules, SigV4, protocol, HTTP, parse the answer) against the
 * floor: the engine's own request, captured once and replayed byte for byte with the JDK client
 * (so the peer does the same work), its body read. The AWS CLI
 * and boto3 sides are timed by {@code tools/bench/e2e_latency.py} in the same run
 * ({@code tools/bench/e2e.sh}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CallLatencyBenchmark {
  static final String MOTO_ENV = "AWS_MCP_BENCH_MOTO";
  static final String DESCRIBE_INSTANCES = "aws ec2 describe-instances";
  static final String GET_ITEM = "aws dynamodb get-item --table-name bench --key '{\"pk\":{\"S\":\"k1\"}}'";
  static final String LIST_OBJECTS = "aws s3api list-objects-v2 --bucket bench";

  private AwsMcp engine;
  private HttpClient http;
  private HttpRequest rawDescribeInstances;
  private HttpRequest rawGetItem;
  private HttpRequest rawListObjects;

  @Setup
  public void setUp() throws IOException {
    String moto = System.getenv(MOTO_ENV);
    if (moto == null || moto.isBlank()) {
      throw new IllegalStateException("set " + MOTO_ENV + " to a running moto server's URL (tools/bench/e2e.sh does)");
    }
    Path workdir = EmptyWorkDirectories.create("aws-mcp-bench");
    engine = AwsMcp.builder()
        .modelPath(BenchmarkEngines.botocoreData())
        .modelClassLoader(null)
        .searchInstalledModels(false)
        .environment(Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing",
            "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", moto, "AWS_CONFIG_FILE", "/nonexistent",
            "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"))
        .workingDirectory(workdir)
        .build();
    BenchState.seed(engine);
    // Same JDK client settings as the engine's transport; same bytes as the engine sends.
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    rawDescribeInstances = CapturedRequests.capture(DESCRIBE_INSTANCES, moto);
    rawGetItem = CapturedRequests.capture(GET_ITEM, moto);
    rawListObjects = CapturedRequests.capture(LIST_OBJECTS, moto);
  }

  private static CallResult checked(CallResult r) {
    if (!r.ok()) {
      throw new IllegalStateException("benchmark call failed: " + r.errors());
    }
    return r;
  }

  private byte[] raw(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("raw request failed: " + r.statusCode() + " " + new String(r.body()));
    }
    return r.body();
  }

  @Benchmark
  public CallResult engineEc2DescribeInstances() {
    return checked(engine.call(DESCRIBE_INSTANCES));
  }

  @Benchmark
  public CallResult engineDynamodbGetItem() {
    return checked(engine.call(GET_ITEM));
  }

  @Benchmark
  public CallResult engineS3ListObjectsV2() {
    return checked(engine.call(LIST_OBJECTS));
  }

  @Benchmark
  public byte[] rawEc2DescribeInstances() throws Exception {
    return raw(rawDescribeInstances);
  }

  @Benchmark
  public byte[] rawDynamodbGetItem() throws Exception {
    return raw(rawGetItem);
  }

  @Benchmark
  public byte[] rawS3ListObjectsV2() throws Exception {
    return raw(rawListObjects);
  }
}
