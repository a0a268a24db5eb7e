package dev.awsmcp.core.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warms the botocore reading code up on a background thread, once per JVM, when a catalogue is
 * opened: loads Jackson's parser and the model classes, then reads one small real model (and its
 * documentation) so that the JIT has compiled the parsing loops before the first real load.
 * In a fresh JVM the first load of a service otherwise spends more time loading classes and
 * running the parser interpreted than parsing. The result is thrown away; failures are ignored
 * (the real load reports its own).
 *
 * <p>Runs only on machines with more than one CPU; {@code -Daws-mcp.model.warmup=false} turns it off.
 */
final class LoaderWarmup {
  /** The model read to warm up: small, in every botocore. */
  static final String SAMPLE_SERVICE = "sts";
  static final boolean ENABLED = !"false".equals(System.getProperty("aws-mcp.model.warmup"))
      && Runtime.getRuntime().availableProcessors() > 1;

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private LoaderWarmup() {}

  /** Starts the warm-up unless it ran already; {@code sampleDir} is the sample's version folder, or null. */
  static void start(Path sampleDir) {
    if (!ENABLED || !STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(new Runnable() {
      @Override
      public void run() {
        warmUp(sampleDir);
      }
    }, "aws-mcp-model-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  static void warmUp(Path sampleDir) {
    try {
      byte[] json = TINY.getBytes(StandardCharsets.UTF_8);
      if (sampleDir != null) {
        Path file = sampleDir.resolve("service-2.json.gz");
        json = Json.bytes(file.toFile().isFile() ? file : sampleDir.resolve("service-2.json"));
      }
      byte[] paginators = PAGINATORS.getBytes(StandardCharsets.UTF_8);
      BotocoreModelReader.read("warmup", json, paginators, null, null, null, "warmup");
      BotocoreModelReader.readDocumentation(json);
    } catch (Exception e) {
      // Only a warm-up: the real load reads and reports on its own.
    }
  }

  private static final String PAGINATORS =
      "{\"pagination\":{\"Op\":{\"input_token\":\"a\",\"output_token\":\"b\",\"result_key\":[\"c\"]}}}";
  private static final String TINY = "{\"metadata\":{\"protocol\":\"json\",\"protocols\":[\"json\"]},"
      + "\"operations\":{\"Op\":{\"http\":{\"method\":\"POST\",\"requestUri\":\"/\"},"
      + "\"input\":{\"shape\":\"S\"},\"errors\":[{\"shape\":\"S\"}],\"documentation\":\"d\"}},"
      + "\"shapes\":{\"S\":{\"type\":\"structure\",\"required\":[\"m\"],\"members\":{\"m\":"
      + "{\"shape\":\"L\",\"locationName\":\"x\",\"documentation\":\"d\"}}},"
      + "\"L\":{\"type\":\"list\",\"member\":{\"shape\":\"T\"},\"min\":1},"
      + "\"T\":{\"type\":\"string\",\"enum\":[\"a\"]}},"
      + "\"documentation\":\"d\"}";
}
