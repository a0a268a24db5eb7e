package dev.awsmcp.core.robustness;

import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.robustness.CommandMutator.FuzzInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The fuzzer's worker: generates and parses inputs one after the other until its deadline, a stop
 * request or enough findings, and records what they did. Runs on one thread; another (the
 * watchdog) reads {@link #current} and {@link #callStarted} to see a call that does not end, and
 * the rest once the worker has ended.
 */
final class FuzzLoop implements Runnable {
  private static final int MAX_FINDINGS = 20;
  private static final int MAX_SLOW_REPORTED = 20;
  private static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final AwsMcp engine;
  private final CommandMutator mutator;
  private final long deadline;
  private final long halfway;

  /** Findings that no known bug explains. */
  final List<FuzzFinding> findings = Collections.synchronizedList(new ArrayList<>());
  /** Inputs per known bug they showed. */
  final Map<String, Integer> known = new ConcurrentHashMap<>();
  /** Inputs per outcome: the first error's code, or OK. */
  final Map<String, Integer> outcomes = new ConcurrentHashMap<>();
  /** Inputs per generator kind. */
  final Map<String, Integer> kinds = Collections.synchronizedMap(new TreeMap<>());
  /** Calls that took over a second (not a failure: the hang limit is the watchdog's). */
  final List<String> slow = Collections.synchronizedList(new ArrayList<>());

  volatile FuzzInput current;
  /** When the call under way started ({@link System#nanoTime()}), 0 between calls. */
  volatile long callStarted;
  volatile boolean stop;
  volatile long count;
  volatile long countAtHalfway = -1;
  volatile long slowestNanos;
  volatile long slowestNumber;
  volatile String slowestInput = "";

  FuzzLoop(AwsMcp engine, CommandMutator mutator, long deadline) {
    this.engine = engine;
    this.mutator = mutator;
    this.deadline = deadline;
    this.halfway = deadline - (deadline - System.nanoTime()) / 2;
  }

  /** Inputs per second in the second half of the run, when the models it needs are loaded. */
  double secondHalfRate() {
    long inSecondHalf = countAtHalfway < 0 ? 0 : count - countAtHalfway;
    return inSecondHalf / ((deadline - halfway) / 1e9);
  }

  @Override
  public void run() {
    for (long n = 0; !stop && System.nanoTime() < deadline && findings.size() < MAX_FINDINGS; n++) {
      if (countAtHalfway < 0 && System.nanoTime() >= halfway) {
        countAtHalfway = n;
      }
      FuzzInput input = mutator.input(n);
      current = input;
      long started = System.nanoTime();
      callStarted = started;
      FuzzFinding.ParseOutcome outcome = FuzzFinding.run(engine, input.text());
      long took = System.nanoTime() - started;
      callStarted = 0;
      if (stop) {
        return;
      }
      count = n + 1;
      record(input, outcome, took);
    }
  }

  private void record(FuzzInput input, FuzzFinding.ParseOutcome outcome, long took) {
    kinds.merge(input.kind(), 1, Integer::sum);
    outcomes.merge(outcome.result() == null ? "THROWN" : ParseContract.outcome(outcome.result()), 1, Integer::sum);
    if (took > slowestNanos) {
      slowestNanos = took;
      slowestNumber = input.number();
      slowestInput = input.text();
    }
    if (took > SLOW_NANOS && slow.size() < MAX_SLOW_REPORTED) {
      slow.add(String.format("#%d %.0f ms %s", input.number(), took / 1e6, Inputs.excerpt(input.text(), 200)));
    }
    FuzzFinding.check(input.number(), input.kind(), input.text(), outcome).ifPresent(f -> KnownBugs.explaining(f)
        .ifPresentOrElse(b -> known.merge(b.description(), 1, Integer::sum), () -> findings.add(f)));
  }
}
