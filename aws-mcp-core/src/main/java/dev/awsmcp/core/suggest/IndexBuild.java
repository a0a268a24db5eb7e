package dev.awsmcp.core.suggest;

import dev.awsmcp.core.cli.CliServiceTable;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Builds the suggest index on one background thread, in two stages that each become available
 * as soon as they are done: first the corpus and its lexical index (from the cache, else from the
 * models: a few seconds), then the vectors and the query embedder (from the cache, about a second;
 * else by embedding every operation: half a minute or more, with a progress bar). A cache that
 * cannot be written only costs the next start its time; a model that cannot run (no ONNX Runtime
 * for this platform) leaves the suggester lexical.
 */
final class IndexBuild {
  /** The corpus with its lexical index. */
  record Lexical(List<OperationDocument> corpus, LexicalIndex index, CommandPopularity popularity, IntentPrior intent) {}

  /** The vectors with the embedder that makes query vectors comparable to them. */
  record Semantic(VectorIndex vectors, SentenceEmbedder embedder) {}

  final CompletableFuture<Lexical> lexical = new CompletableFuture<>();
  final CompletableFuture<Semantic> semantic = new CompletableFuture<>();

  private final CliServiceTable services;
  private final CliExampleTitles examples;
  private final SuggestIndexCache cache;
  private final PrintStream progress;
  private final int threads;
  private volatile boolean stopped;

  IndexBuild(CliServiceTable services, CliExampleTitles examples, SuggestIndexCache cache, PrintStream progress,
      int threads) {
    this.services = services;
    this.examples = examples;
    this.cache = cache;
    this.progress = progress;
    this.threads = threads;
  }

  /** Starts building on a daemon thread; returns at once. */
  IndexBuild start() {
    Thread t = new Thread(this::run, "aws-mcp-suggest-index");
    t.setDaemon(true);
    t.start();
    return this;
  }

  /** Stops embedding after the current batch; the semantic half then never becomes ready. */
  void stop() {
    stopped = true;
  }

  private void run() {
    List<OperationDocument> corpus;
    try {
      corpus = cache.readCorpus().orElseGet(() -> {
        List<OperationDocument> read = OperationCorpus.read(services, examples);
        keep(() -> cache.writeCorpus(read));
        return read;
      });
      lexical.complete(new Lexical(corpus, LexicalIndex.build(corpus), new CommandPopularity(corpus), new IntentPrior(corpus)));
    } catch (RuntimeException | LinkageError e) {
      lexical.completeExceptionally(e);
      semantic.completeExceptionally(e);
      return;
    }
    try {
      SentenceEmbedder embedder = new SentenceEmbedder(threads);
      EmbeddedSentences sentences = EmbeddedSentences.of(corpus);
      float[] vectors = cache.readVectors(sentences.size()).orElseGet(() -> embed(embedder, sentences));
      semantic.complete(new Semantic(
          new VectorIndex(vectors, SentenceEmbedder.DIMENSIONS, sentences.owners(), corpus.size()), embedder));
    } catch (RuntimeException | LinkageError e) {
      semantic.completeExceptionally(e);
    }
  }

  private float[] embed(SentenceEmbedder embedder, EmbeddedSentences sentences) {
    float[] vectors;
    try (EmbeddingProgress bar = new EmbeddingProgress(progress, sentences.size())) {
      vectors = embedder.embedAll(sentences.texts(), done -> {
        if (stopped) {
          throw new CancellationException("the suggester was closed");
        }
        bar.accept(done);
      });
    }
    keep(() -> cache.writeVectors(vectors));
    return vectors;
  }

  private void keep(Runnable write) {
    try {
      write.run();
    } catch (UncheckedIOException e) {
      if (progress != null) {
        progress.println("aws-mcp: the suggest index is not cached (" + e.getCause().getMessage()
            + "); it will be built again next time");
      }
    }
  }
}
