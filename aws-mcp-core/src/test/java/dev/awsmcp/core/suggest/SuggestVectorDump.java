package dev.awsmcp.core.suggest;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.DataOutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;

/** Writes the cached vectors, their owners and each evaluation request's vector for offline analysis (run by hand). */
final class SuggestVectorDump {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    Path cacheFolder = SuggestExperiment.cachedIndexFolder();
    List<OperationDocument> corpus = SuggestExperiment.cachedCorpus(cacheFolder);
    EmbeddedSentences sentences = EmbeddedSentences.of(corpus);
    float[] vectors = SuggestExperiment.read(cacheFolder.resolve("vectors.f32"), sentences.size() * 384);
    write(out.resolve("sentences.f32"), vectors);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("owners.txt")))) {
      for (int o : sentences.owners()) w.println(o);
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("commands.txt")))) {
      for (OperationDocument d : corpus) w.println(d.command());
    }
    var pool = Executors.newFixedThreadPool(1);
    var minilm = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
    EverydayTerms terms = EverydayTerms.load();
    for (String name : SuggestExperiment.SETS) {
      List<EvaluationSet.Case> cases = EvaluationSet.read("/suggest/" + name + ".tsv");
      float[] qs = new float[cases.size() * 384];
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(name + ".labels")))) {
        for (int i = 0; i < cases.size(); i++) {
          String q = cases.get(i).request();
          String aws = terms.awsWordsFor(q);
          String expanded = aws.isEmpty() ? q : q + " (" + aws + ")";
          float[] v = SuggestExperiment.unit(minilm.embed(expanded).content().vector());
          System.arraycopy(v, 0, qs, i * 384, 384);
          w.println(String.join("|", cases.get(i).expected()) + "\t" + q);
        }
      }
      write(out.resolve(name + ".f32"), qs);
    }
    pool.shutdownNow();
  }

  static void write(Path file, float[] v) throws java.io.IOException {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    Files.write(file, b.array());
  }
}
