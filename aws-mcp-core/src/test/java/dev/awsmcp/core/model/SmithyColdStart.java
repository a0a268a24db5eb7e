package dev.awsmcp.core.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures listing and loading DynamoDB in this (fresh) JVM; run by {@link SmithyColdStartTests}
 * in a forked JVM. Arguments: {@code smithy}, or {@code botocore <data folder>} for comparison.
 * Prints one line: {@code list=<ms> load=<ms> again=<ms> listCpu=<ms> loadCpu=<ms> services=<n>
 * operations=<n> shapes=<n>}. The wall times suffer when the machine is busy; the main thread's
 * CPU times (JIT and GC threads excluded) much less.
 */
public final class SmithyColdStart {
  private SmithyColdStart() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    ModelSource source = args[0].equals("smithy")
        ? SmithyModelSource.fromClassLoader(SmithyColdStart.class.getClassLoader())
        : BotocoreModelSource.open(Path.of(args[1]));
    int services = source.serviceNames().size();
    long t1 = System.nanoTime();
    long c1 = threads.getCurrentThreadCpuTime();
    ServiceModel model = source.load("dynamodb");
    long t2 = System.nanoTime();
    long c2 = threads.getCurrentThreadCpuTime();
    source.load("dynamodb");
    long t3 = System.nanoTime();
    System.out.printf(Locale.ROOT, "list=%.1f load=%.1f again=%.1f listCpu=%.1f loadCpu=%.1f services=%d operations=%d shapes=%d%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (c1 - c0) / 1e6, (c2 - c1) / 1e6,
        services, model.operations().size(), model.shapes().all().size());
  }
}
