package dev.awsmcp.core.suggest;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions) run in-process by ONNX Runtime from the model jar:
 * no download, no network. Sentences go to the model in batches of {@link #BATCH}, each batch
 * spread over {@code threads} worker threads. Vectors come back with unit length, so a dot
 * product is their cosine. Loading the model takes about a second; thread-safe afterwards.
 */
final class SentenceEmbedder implements AutoCloseable {
  static final int DIMENSIONS = 384;
  /** The model's name, recorded in the cache so vectors of another model are never mixed in. */
  static final String MODEL_ID = "all-minilm-l6-v2-q@langchain4j-1.20.0-beta30";
  static final int BATCH = 256;

  private final ExecutorService workers;
  private final EmbeddingModel model;

  SentenceEmbedder(int threads) {
    this.workers = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
      Thread t = new Thread(runnable, "aws-mcp-embedder");
      t.setDaemon(true);
      // Embedding runs beside the engine's real work: let that go first.
      t.setPriority(Thread.MIN_PRIORITY);
      return t;
    });
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(workers);
  }

  /** One sentence's vector (a query's). */
  float[] embed(String sentence) {
    return unit(model.embed(sentence).content().vector());
  }

  /**
   * Every sentence's vector, in order, as one array of {@code sentences.size() × DIMENSIONS}
   * floats; {@code progress} hears how many were done after each batch.
   */
  float[] embedAll(List<String> sentences, IntConsumer progress) {
    float[] vectors = new float[sentences.size() * DIMENSIONS];
    for (int start = 0; start < sentences.size(); start += BATCH) {
      int end = Math.min(sentences.size(), start + BATCH);
      List<TextSegment> batch = new ArrayList<>(end - start);
      for (String sentence : sentences.subList(start, end)) {
        batch.add(TextSegment.from(sentence));
      }
      List<Embedding> embedded = model.embedAll(batch).content();
      for (int i = 0; i < embedded.size(); i++) {
        System.arraycopy(unit(embedded.get(i).vector()), 0, vectors, (start + i) * DIMENSIONS, DIMENSIONS);
      }
      progress.accept(end);
    }
    return vectors;
  }

  private static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    float norm = (float) Math.sqrt(sum);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= norm;
      }
    }
    return v;
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
