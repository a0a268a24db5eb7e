package dev.awsmcp.core.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.robustness.CommandMutator.FuzzInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@code parseAndValidate} for a bounded time with a seeded generator: mutated example
 * commands and token soup (see {@link CommandMutator}). Every input must keep the contract (no
 * exception, no swallowed exception, a message on every error) and every call must end within
 * {@link #HANG_LIMIT_SECONDS}; a watchdog fails the run with the input that did not.
 *
 * <p>{@code -Dfuzz.seconds=N} sets the duration (default {@value #DEFAULT_SECONDS} s; a call
 * under way when it ends may add up to the hang limit), {@code -Dfuzz.seed=S} the seed (default
 * fixed, always printed). Input {@code n} of a seed is always the same text, so a finding is
 * reproduced from its seed and number. Inputs that break the contract are shrunk before they are
 * reported; those that show a bug listed in {@link KnownBugs} are counted and printed instead.
 * Throughput is printed too: the first seconds load the service models the inputs name.
 */
class ParserFuzzTests {
  static final long DEFAULT_SEED = 0x5EED_AB1E_2024L;
  static final int DEFAULT_SECONDS = 20;
  static final int HANG_LIMIT_SECONDS = 10;
  private static final int MINIMIZED_FINDINGS = 3;
  private static final long MINIMIZE_BUDGET_MILLIS = 5_000;

  @Test
  void mutatedAndRandomCommandsNeverBreakTheParseContract() throws Exception {
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    int seconds = Integer.getInteger("fuzz.seconds", DEFAULT_SECONDS);
    AwsMcp engine = TestEngines.botocore();
    FuzzCorpus corpus = FuzzCorpus.load(engine.cliServices().cliServices());
    CommandMutator mutator = new CommandMutator(corpus, seed);
    System.out.printf("fuzz: seed %d (-Dfuzz.seed=%d), %d s (-Dfuzz.seconds), %d example commands, %d services,"
            + " %d options%n", seed, seed, seconds, corpus.commands.size(), corpus.services.size(), corpus.options.size());

    FuzzLoop loop = new FuzzLoop(engine, mutator, System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
    Thread worker = new Thread(loop, "parser-fuzz");
    worker.setDaemon(true);
    long started = System.nanoTime();
    worker.start();
    String hang = watch(worker, loop);
    double elapsed = (System.nanoTime() - started) / 1e9;

    System.out.printf("fuzz: %d inputs in %.1f s = %.0f inputs/s, %.0f inputs/s in the second half (the first loads"
            + " service models); %s; outcomes %s%n", loop.count, elapsed, loop.count / elapsed,
        loop.secondHalfRate(), loop.kinds, top(loop.outcomes, 40));
    System.out.printf("fuzz: slowest call %.0f ms for input #%d: %s%n", loop.slowestNanos / 1e6, loop.slowestNumber,
        Inputs.excerpt(loop.slowestInput, 200));
    loop.slow.forEach(s -> System.out.println("fuzz: slow (> 1 s): " + s));

    loop.known.forEach((bug, n) -> System.out.printf("fuzz: %d input(s) showed the known bug: %s%n", n, bug));
    List<String> report = new ArrayList<>();
    if (hang != null) {
      report.add(hang);
    }
    report.addAll(shrink(engine, loop.findings));
    assertTrue(report.isEmpty(), () -> "seed " + seed + ": " + report.size() + " finding(s)\n\n" + String.join("\n\n", report));
  }

  // Polls the worker; returns a report when one call runs past the hang limit, else null.
  private static String watch(Thread worker, FuzzLoop loop) throws InterruptedException {
    long limit = TimeUnit.SECONDS.toNanos(HANG_LIMIT_SECONDS);
    while (worker.isAlive()) {
      worker.join(50);
      FuzzInput current = loop.current;
      long since = loop.callStarted;
      if (current != null && since != 0 && System.nanoTime() - since > limit) {
        String where = Arrays.stream(worker.getStackTrace()).limit(30).map(e -> "\tat " + e).collect(Collectors.joining("\n"));
        loop.stop = true;
        worker.interrupt();
        return "input #" + current.number() + " (" + current.kind() + ") got no answer within " + HANG_LIMIT_SECONDS
            + " s\n  input: \"" + Inputs.excerpt(current.text(), 600) + "\"\n  the parser was at:\n" + where;
      }
    }
    return null;
  }

  // Shrinks the first few findings (each call under the hang limit) and reports every one.
  private static List<String> shrink(AwsMcp engine, List<FuzzFinding> findings) throws Exception {
    List<String> out = new ArrayList<>();
    ExecutorService calls = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "parser-fuzz-shrink");
      t.setDaemon(true);
      return t;
    });
    try {
      for (int i = 0; i < findings.size(); i++) {
        FuzzFinding f = findings.get(i);
        if (i >= MINIMIZED_FINDINGS) {
          out.add(f.toString());
          continue;
        }
        String smallest = new InputMinimizer(candidate -> {
          try {
            Future<FuzzFinding.ParseOutcome> call = calls.submit(() -> FuzzFinding.run(engine, candidate));
            FuzzFinding.ParseOutcome o = call.get(HANG_LIMIT_SECONDS, TimeUnit.SECONDS);
            return FuzzFinding.check(f.number(), f.kind(), candidate, o).map(g -> g.signature().equals(f.signature())).orElse(false);
          } catch (Exception e) {
            return false;
          }
        }, MINIMIZE_BUDGET_MILLIS).minimize(f.input());
        out.add(f + "\n  shrunk to " + smallest.length() + " chars: \"" + Inputs.excerpt(smallest, 600) + "\"");
      }
    } finally {
      calls.shutdownNow();
    }
    return out;
  }

  private static String top(Map<String, Integer> counts, int n) {
    return counts.entrySet().stream()
        .sorted(Collections.reverseOrder(Map.Entry.comparingByValue()))
        .limit(n)
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
