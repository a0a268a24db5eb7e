package dev.awsmcp.benchmarks;

import dev.awsmcp.api.suggest.SuggestResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.suggest.OfflineCommandSuggester;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * One suggestion search (5 results), warm, with the semantic half ready: each invocation takes
 * the next request of the evaluation set ({@code suggest/eval.tsv}), so the sampled distribution
 * is the per-request time over those requests. The index is read from (or, the first time,
 * built into) {@code benchmarks/target/suggest-index}, outside the measurement. Single-threaded.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@State(Scope.Thread)
public class SuggestBenchmark {
  private static final String EVAL = "/suggest/eval.tsv";

  private OfflineCommandSuggester suggester;
  private String[] requests;
  private int next;

  @Setup(Level.Trial)
  public void readIndex() {
    AwsMcp engine = AwsMcp.builder()
        .modelPath(BenchmarkEngines.botocoreData())
        .modelClassLoader(null)
        .searchInstalledModels(false)
        .suggestCacheDirectory(Path.of("target", "suggest-index"))
        .build();
    long started = System.nanoTime();
    suggester = engine.suggester();
    if (!suggester.awaitSemantic(Duration.ofMinutes(30))) {
      throw new IllegalStateException("the semantic index did not become ready");
    }
    System.out.printf("%nsuggest index ready in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    requests = evaluationRequests().toArray(new String[0]);
  }

  @TearDown(Level.Trial)
  public void close() {
    suggester.close();
  }

  @Benchmark
  public SuggestResult suggest() {
    String request = requests[next];
    next = next + 1 == requests.length ? 0 : next + 1;
    return suggester.suggest(request, 5);
  }

  static List<String> evaluationRequests() {
    List<String> requests = new ArrayList<>();
    try (InputStream in = SuggestBenchmark.class.getResourceAsStream(EVAL)) {
      if (in == null) {
        throw new IllegalStateException(EVAL + " is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          requests.add(line.substring(0, line.indexOf('\t')));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return requests;
  }
}
