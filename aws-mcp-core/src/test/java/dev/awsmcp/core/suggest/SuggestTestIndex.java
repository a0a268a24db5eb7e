package dev.awsmcp.core.suggest;

import dev.awsmcp.core.TestEngines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the suggest tests share: one suggester over python's botocore per JVM, its index cached in
 * {@code target/suggest-index} so the operations are embedded once per build, not per test class.
 */
final class SuggestTestIndex {
  static final Path CACHE = Path.of("target", "suggest-index");

  private static OfflineCommandSuggester suggester;
  private static List<OperationDocument> corpus;

  private SuggestTestIndex() {}

  /** The shared suggester, semantic half ready. */
  static synchronized OfflineCommandSuggester suggester() {
    if (suggester == null) {
      long started = System.nanoTime();
      suggester = OfflineCommandSuggester.start(TestEngines.botocore().cliServices(), CACHE, System.err);
      if (!suggester.awaitSemantic(Duration.ofMinutes(10))) {
        throw new IllegalStateException("the semantic index did not build");
      }
      System.err.printf("suggest index ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }
    return suggester;
  }

  /** The corpus of python's botocore, read from the models once per JVM. */
  static synchronized List<OperationDocument> corpus() {
    if (corpus == null) {
      corpus = OperationCorpus.read(TestEngines.botocore().cliServices(), CliExampleTitles.load());
    }
    return corpus;
  }
}
