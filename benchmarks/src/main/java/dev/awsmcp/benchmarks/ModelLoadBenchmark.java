package dev.awsmcp.benchmarks;

import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.model.ServiceModel;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Model loading, each measured once per run of the code under test.
 *
 * <ul>
 *   <li>{@code *Cold}: one shot in a fresh JVM per fork, so class loading, interpretation and
 *       JIT compilation are all in the time (the JVM's own start-up and JMH's harness are not).
 *   <li>{@code *WarmJvm}: the first load by a new engine in a JVM that has already done the same
 *       work many times (code compiled, model files in the OS page cache).
 * </ul>
 *
 * <p>The catalogue is a new {@link AwsMcp} over the botocore folder listing every CLI service;
 * a service load is {@code catalog().load(name)} on an engine built (untimed) just before.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelLoadBenchmark {
  private static final int COLD_FORKS = 8;

  @State(Scope.Benchmark)
  public static class Models {
    Path botocore;

    @Setup(Level.Trial)
    public void locate() {
      botocore = BenchmarkEngines.botocoreData();
    }
  }

  /** An engine built once per fork: the service is loaded by the first (and only) shot. */
  @State(Scope.Thread)
  public static class EngineOfThisFork {
    @Param({"ec2", "s3", "dynamodb"})
    String service;

    AwsMcp engine;

    @Setup(Level.Trial)
    public void build(Models models) {
      engine = BenchmarkEngines.newEngine(models.botocore);
    }
  }

  /** A new engine before each shot: nothing loaded, but the JVM is warm. */
  @State(Scope.Thread)
  public static class NewEngineEachShot {
    @Param({"ec2", "s3", "dynamodb"})
    String service;

    AwsMcp engine;

    @Setup(Level.Iteration)
    public void build(Models models) {
      engine = BenchmarkEngines.newEngine(models.botocore);
    }
  }

  @Benchmark
  @Fork(COLD_FORKS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Set<String> catalogueCold(Models models) {
    return BenchmarkEngines.newEngine(models.botocore).cliServices().cliServices();
  }

  @Benchmark
  @Fork(COLD_FORKS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public ServiceModel serviceLoadCold(EngineOfThisFork state) {
    return state.engine.catalog().load(state.service).orElseThrow();
  }

  @Benchmark
  @Fork(1)
  @Warmup(iterations = 20)
  @Measurement(iterations = 20)
  public Set<String> catalogueWarmJvm(Models models) {
    return BenchmarkEngines.newEngine(models.botocore).cliServices().cliServices();
  }

  @Benchmark
  @Fork(1)
  @Warmup(iterations = 20)
  @Measurement(iterations = 20)
  public ServiceModel serviceLoadWarmJvm(NewEngineEachShot state) {
    return state.engine.catalog().load(state.service).orElseThrow();
  }
}
