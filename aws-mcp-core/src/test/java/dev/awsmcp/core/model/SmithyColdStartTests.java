package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Cold-start cost of the Smithy loader: each run is a fresh JVM that lists the model jars and
 * loads DynamoDB ({@link SmithyColdStart}). Prints the medians, with botocore's for comparison
 * when it is installed. Only gross regressions fail (the numbers depend on the machine).
 */
class SmithyColdStartTests {
  private static final int RUNS = 5;
  private static final int FIELDS = 5;

  @Test
  void listAndLoadDynamoDbInAFreshJvm() throws Exception {
    double[] smithy = medians(List.of("smithy"));
    System.out.printf(Locale.ROOT, "smithy cold start (median of %d JVMs): list %.0f ms, load dynamodb %.0f ms,"
        + " load again %.0f ms; main-thread CPU: list %.0f ms, load %.0f ms%n",
        RUNS, smithy[0], smithy[1], smithy[2], smithy[3], smithy[4]);
    assertTrue(smithy[0] + smithy[1] < 10_000, "listing and loading took " + (smithy[0] + smithy[1]) + " ms");
    Optional<Path> data = BotocoreData.folder();
    if (data.isEmpty()) {
      return;
    }
    double[] botocore = medians(List.of("botocore", data.get().toString()));
    System.out.printf(Locale.ROOT, "botocore cold start (median of %d JVMs): list %.0f ms, load dynamodb %.0f ms,"
        + " load again %.0f ms; main-thread CPU: list %.0f ms, load %.0f ms%n",
        RUNS, botocore[0], botocore[1], botocore[2], botocore[3], botocore[4]);
  }

  private static double[] medians(List<String> args) throws IOException, InterruptedException {
    List<double[]> runs = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      runs.add(run(args));
    }
    double[] out = new double[FIELDS];
    for (int k = 0; k < FIELDS; k++) {
      final int field = k;
      double[] values = runs.stream().mapToDouble(r -> r[field]).sorted().toArray();
      out[k] = values[values.length / 2];
    }
    return out;
  }

  // Fields list, load, again, listCpu, loadCpu from the child's one line of output.
  private static double[] run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SmithyColdStart.class.getName()));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM hung");
    assertEquals(0, p.exitValue(), out);
    String line = out.lines().filter(l -> l.startsWith("list=")).findFirst().orElseThrow(() -> new AssertionError(out));
    return Arrays.stream(line.split(" ")).limit(FIELDS).mapToDouble(kv -> Double.parseDouble(kv.substring(kv.indexOf('=') + 1))).toArray();
  }
}
