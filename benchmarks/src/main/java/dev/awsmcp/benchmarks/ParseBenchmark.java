package dev.awsmcp.benchmarks;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.core.AwsMcp;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + validate of one command line, warm: each invocation takes the next of the example
 * commands the real AWS CLI accepts (about 6,000, all services), so the sampled distribution is
 * the per-command time over the examples. Every model and argument table the commands need is
 * loaded in the set-up, outside the measurement. Single-threaded.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 5, time = 10)
@State(Scope.Thread)
public class ParseBenchmark {
  private AwsMcp engine;
  private String[] commands;
  private int next;

  @Setup(Level.Trial)
  public void loadModelsAndCommands() {
    engine = BenchmarkEngines.newEngine(BenchmarkEngines.botocoreData());
    List<String> examples = BenchmarkEngines.acceptedExampleCommands();
    commands = examples.toArray(new String[0]);
    long started = System.nanoTime();
    int accepted = 0;
    for (String command : commands) {
      if (engine.parseAndValidate(command).isSuccess()) {
        accepted++;
      }
    }
    System.out.printf("%n%d CLI-accepted example commands, %d accepted by aws-mcp; "
            + "first pass (loads the models) %d ms%n",
        commands.length, accepted, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  @Benchmark
  public ParseResult parseAndValidate() {
    String command = commands[next];
    next = next + 1 == commands.length ? 0 : next + 1;
    return engine.parseAndValidate(command);
  }
}
