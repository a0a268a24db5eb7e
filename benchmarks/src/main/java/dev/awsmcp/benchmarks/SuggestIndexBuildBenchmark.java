package dev.awsmcp.benchmarks;

import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.suggest.OfflineCommandSuggester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the suggest index from nothing in a fresh JVM: reading every model and its
 * documentation, the lexical index, loading the embedding model and embedding every operation
 * (the first start on a machine). One shot per fork; about one and a half minutes each on 2 cores.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Thread)
public class SuggestIndexBuildBenchmark {
  private Path cache;
  private AwsMcp engine;

  @Setup(Level.Iteration)
  public void emptyCache() throws IOException {
    cache = Files.createTempDirectory("aws-mcp-suggest-bench");
    engine = AwsMcp.builder()
        .modelPath(BenchmarkEngines.botocoreData())
        .modelClassLoader(null)
        .searchInstalledModels(false)
        .suggestCacheDirectory(cache)
        .build();
  }

  @Benchmark
  public boolean buildFromNothing() {
    OfflineCommandSuggester suggester = engine.suggester();
    return suggester.awaitSemantic(Duration.ofMinutes(30));
  }

  @TearDown(Level.Iteration)
  public void deleteCache() throws IOException {
    engine.suggester().close();
    try (Stream<Path> files = Files.walk(cache)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
