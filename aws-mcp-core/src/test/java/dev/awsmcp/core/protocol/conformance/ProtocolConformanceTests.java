package dev.awsmcp.core.protocol.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Smithy AWS protocol tests (client side) against every codec in the registry. A case
 * listed in {@code protocol-tests/skipped.tsv} must fail (it is reported as skipped with its
 * reason); a listed case that passes fails this test, and so does a failing case not listed.
 * Of the cases that are not skipped by design (where the engine follows botocore rather than
 * Smithy), at least 98% must pass per protocol. The summary per protocol is written to
 * {@code target/protocol-conformance.txt}.
 */
class ProtocolConformanceTests {
  private static final ConformanceCases CASES = ConformanceCases.load();
  private static final SkippedCases SKIPPED = SkippedCases.load();
  private static final double REQUIRED_PASS_RATE = 0.98;
  private static final Map<String, List<String>> RESULTS = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> everyClientCasePassesOrIsSkippedWithAReason() {
    return CASES.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> run(c)));
  }

  private static void run(ConformanceCase c) {
    List<String> problems = problems(c);
    var reason = SKIPPED.reason(c);
    if (reason.isPresent()) {
      if (problems.isEmpty()) {
        fail(c + " passes now: remove it from " + SkippedCases.RESOURCE);
      }
      Assumptions.abort("skipped (" + reason.get() + "): " + problems);
    } else if (!problems.isEmpty()) {
      fail(c + "\n  " + String.join("\n  ", problems));
    }
  }

  // Results are cached: the summary test and the dynamic tests share one run of each case.
  static List<String> problems(ConformanceCase c) {
    return RESULTS.computeIfAbsent(c.key() + "\t" + c.kind(), k -> {
      try {
        return c.kind() == ConformanceCase.Kind.REQUEST ? RequestChecker.check(c) : ResponseChecker.check(c);
      } catch (RuntimeException e) {
        return List.of("threw " + e);
      }
    });
  }

  @Test
  void everySkippedEntryNamesACaseOfARegisteredProtocol() {
    Set<String> known = CASES.cases().stream().map(ConformanceCase::key).collect(Collectors.toSet());
    Set<String> protocols = CASES.cases().stream().map(ConformanceCase::protocol).collect(Collectors.toSet());
    List<String> stale = new ArrayList<>();
    SKIPPED.all().keySet().forEach(key -> {
      String protocol = key.split("\t")[1];
      if (protocols.contains(protocol) && !known.contains(key)) {
        stale.add(key.replace('\t', ' '));
      }
    });
    assertTrue(stale.isEmpty(), "skipped.tsv names cases that do not exist: " + stale);
  }

  @Test
  void eachProtocolPassesAtLeast98PercentOfItsCases() {
    Map<String, int[]> counts = counts();
    counts.forEach((protocol, n) -> assertTrue(n[1] >= REQUIRED_PASS_RATE * (n[0] - n[2]),
        protocol + ": " + n[1] + " of " + (n[0] - n[2]) + " cases pass (" + n[2] + " skipped by design)"));
  }

  /** Per protocol: applicable cases, passing cases, cases skipped by design. */
  private static Map<String, int[]> counts() {
    Map<String, int[]> counts = new TreeMap<>();
    for (ConformanceCase c : CASES.cases()) {
      int[] n = counts.computeIfAbsent(c.protocol(), p -> new int[3]);
      n[0]++;
      if (problems(c).isEmpty()) {
        n[1]++;
      } else if (SKIPPED.byDesign(c)) {
        n[2]++;
      }
    }
    return counts;
  }

  @AfterAll
  static void writeSummary() throws IOException {
    StringBuilder sb = new StringBuilder("protocol\tapplicable\tpassed\tskipped by design\tother failures\n");
    counts().forEach((p, n) -> sb.append(p).append('\t').append(n[0]).append('\t').append(n[1])
        .append('\t').append(n[2]).append('\t').append(n[0] - n[1] - n[2]).append('\n'));
    sb.append("\nnot applicable\n");
    CASES.notApplicable().forEach((reason, n) -> sb.append(reason).append('\t').append(n).append('\n'));
    sb.append("\nfailing\n");
    for (ConformanceCase c : CASES.cases()) {
      List<String> p = problems(c);
      if (!p.isEmpty()) {
        sb.append(c.key()).append('\t').append(SKIPPED.reason(c).map(r -> "SKIPPED " + r).orElse("NOT LISTED"))
            .append('\t').append(String.join(" | ", p).replace('\n', ' ')).append('\n');
      }
    }
    Files.writeString(Path.of("target", "protocol-conformance.txt"), sb.toString());
  }
}
