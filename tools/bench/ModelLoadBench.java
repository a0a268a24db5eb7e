import dev.awsmcp.core.model.BotocoreModelSource;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import java.nio.file.Path;
import java.util.List;

/**
 * One cold measurement of model loading, meant to run in a fresh JVM (tools/bench/model_load.sh
 * runs it repeatedly). Prints one line of "key=millis" pairs:
 *
 * <pre>
 *   java -cp ... ModelLoadBench DATA_DIR catalog              the catalogue only
 *   java -cp ... ModelLoadBench DATA_DIR load ec2 [s3 ...]     catalogue, then each service in turn
 *   java -cp ... ModelLoadBench DATA_DIR later 500 ec2         catalogue, 500 ms idle (a server
 *                                                              waiting for its first request), ec2
 *   java -cp ... ModelLoadBench DATA_DIR all                   catalogue, then every service
 *   java -cp ... ModelLoadBench DATA_DIR docs ec2              catalogue, ec2, then its documentation
 * </pre>
 *
 * Times exclude JVM start-up (the first line of main is the zero); "jvm" is the JVM's own uptime
 * when main started, for reference.
 */
public final class ModelLoadBench {
  public static void main(String[] args) {
    long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    long t0 = System.nanoTime();
    BotocoreModelSource source = BotocoreModelSource.open(Path.of(args[0]));
    ServiceCatalog catalog = new ServiceCatalog(List.of(source));
    int services = catalog.serviceNames().size();
    long t1 = System.nanoTime();
    StringBuilder out = new StringBuilder();
    out.append("jvm=").append(jvm).append(" services=").append(services)
        .append(" catalog=").append(ms(t1 - t0));
    String mode = args[1];
    switch (mode) {
      case "catalog":
        break;
      case "load":
        for (int i = 2; i < args.length; i++) {
          long s = System.nanoTime();
          ServiceModel m = catalog.load(args[i]).orElseThrow();
          long e = System.nanoTime();
          out.append(' ').append(args[i]).append('=').append(ms(e - s));
          if (m.operations().isEmpty()) {
            throw new AssertionError(args[i] + " has no operations");
          }
        }
        break;
      case "later": {
        try {
          Thread.sleep(Long.parseLong(args[2]));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        long s = System.nanoTime();
        catalog.load(args[3]).orElseThrow();
        out.append(' ').append(args[3]).append('=').append(ms(System.nanoTime() - s));
        break;
      }
      case "all": {
        long s = System.nanoTime();
        int ops = 0;
        for (String name : catalog.serviceNames()) {
          ops += catalog.load(name).orElseThrow().operations().size();
        }
        long e = System.nanoTime();
        out.append(" all=").append(ms(e - s)).append(" operations=").append(ops);
        break;
      }
      case "docs": {
        long s = System.nanoTime();
        ServiceModel m = catalog.load(args[2]).orElseThrow();
        long e = System.nanoTime();
        Object docs = docs(m);
        long d = System.nanoTime();
        out.append(' ').append(args[2]).append('=').append(ms(e - s))
            .append(" docs=").append(ms(d - e)).append(" (").append(docs).append(')');
        break;
      }
      default:
        throw new IllegalArgumentException("unknown mode " + mode);
    }
    System.out.println(out);
  }

  // Through reflection, so this file compiles against models with and without the index.
  private static Object docs(ServiceModel m) {
    try {
      Object index = ServiceModel.class.getMethod("documentation").invoke(m);
      Object op = index.getClass().getMethod("operation", String.class)
          .invoke(index, m.operations().keySet().iterator().next());
      return op.toString().length() + " chars";
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String ms(long nanos) {
    return String.format("%.1f", nanos / 1e6);
  }
}
