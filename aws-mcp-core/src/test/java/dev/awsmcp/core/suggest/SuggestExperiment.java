package dev.awsmcp.core.suggest;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.Executors;

/**
 * Ranking experiments on eval.tsv (or another set) against cached vectors: not a test, run by hand
 * (docs/suggest.md). Reads the corpus and MiniLM vectors the suggest tests cached in
 * {@code target/suggest-index}, embeds the corpus with bge-small-en-v1.5 once into
 * {@code <dir>/bge-<format>.f32}, then prints top-1/top-5 of each half alone and of a grid of
 * {@link FusionWeights} and of normalized-score fusion. Arguments: {@code <dir> [/suggest/eval.tsv]}.
 */
final class SuggestExperiment {
  static final String BGE_PREFIX = "Represent this sentence for searching relevant passages: ";

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String set = args.length > 1 ? args[1] : "/suggest/eval.tsv";
    Path cacheFolder;
    try (var s = Files.list(Path.of("target/suggest-index"))) { cacheFolder = s.filter(p -> p.getFileName().toString().startsWith("v" + SuggestIndexFormat.VERSION + "-") && Files.exists(p.resolve("vectors.f32"))).findFirst().orElseThrow(); }
    { }
    List<OperationDocument> corpus = new SuggestIndexCache(cacheFolder.getParent(), cacheFolder.getFileName().toString()).readCorpus().orElseThrow();
    LexicalIndex lexical = LexicalIndex.build(corpus);
    CommandPopularity popularity = new CommandPopularity(corpus);
    EmbeddedSentences sentences = EmbeddedSentences.of(corpus);
    var pool = Executors.newFixedThreadPool(1);
    EmbeddingModel minilm = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
    EmbeddingModel bge = new BgeSmallEnV15QuantizedEmbeddingModel(pool);
    float[] miniVectors = read(cacheFolder.resolve("vectors.f32"), sentences.size() * 384, true);
    VectorIndex miniIndex = new VectorIndex(miniVectors, 384, sentences.owners(), corpus.size());
    Path bgeFile = dir.resolve("bge-" + SuggestIndexFormat.VERSION + ".f32");
    float[] bgeVectors = Files.exists(bgeFile) ? read(bgeFile, sentences.size() * 384, false) : embedAll(bge, sentences.texts(), bgeFile);
    VectorIndex bgeIndex = new VectorIndex(bgeVectors, 384, sentences.owners(), corpus.size());
    // Variant: every sentence also names the service by its SDK id ("SQS", "S3", "EC2"); since
    // index format 3 the shipped sentences do (OperationDocument.serviceLabel), and this is a no-op.
    Map<String, String> ids = new HashMap<>();
    var table = dev.awsmcp.core.TestEngines.botocore().cliServices();
    for (String model : table.catalog().serviceNames()) {
      var md = table.catalog().load(model).orElseThrow().metadata();
      ids.put(table.cliName(model), md.serviceId() == null ? "" : md.serviceId());
    }
    List<String> idTexts = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      OperationDocument doc = corpus.get(sentences.owners()[i]);
      String id = ids.getOrDefault(doc.cliService(), "");
      String t = sentences.texts().get(i);
      idTexts.add(id.isEmpty() || doc.serviceTitle().contains(id) ? t : t.replace("(" + doc.serviceTitle() + ")", "(" + id + ", " + doc.serviceTitle() + ")"));
    }
    System.out.println("example: " + idTexts.get(0) + " | " + idTexts.get(idTexts.size() - 1));
    Path idFile = dir.resolve("minilm-ids-" + SuggestIndexFormat.VERSION + ".f32");
    float[] idVectors = Files.exists(idFile) ? read(idFile, sentences.size() * 384, false) : embedAll(minilm, idTexts, idFile);
    VectorIndex idIndex = new VectorIndex(idVectors, 384, sentences.owners(), corpus.size());
    // Variant: the example pages' descriptions (first sentence after each title) as extra sentences,
    // from <dir>/descriptions.tsv (service, command, descriptions separated by " || "), if present.
    VectorIndex descIndex = null;
    Path descTsv = dir.resolve("descriptions.tsv");
    if (Files.exists(descTsv)) {
      Map<String, Integer> byCommand = new HashMap<>();
      for (int i = 0; i < corpus.size(); i++) byCommand.put(corpus.get(i).cliService() + " " + corpus.get(i).cliOperation(), i);
      List<String> descTexts = new ArrayList<>();
      List<Integer> descOwners = new ArrayList<>();
      for (String line : Files.readAllLines(descTsv)) {
        String[] c = line.split("\t");
        Integer owner = byCommand.get(c[0] + " " + c[1]);
        if (owner == null || c.length < 3) continue;
        for (String dsc : c[2].split(" \\|\\| ")) {
          descTexts.add(dsc + " (" + corpus.get(owner).serviceLabel() + ")");
          descOwners.add(owner);
        }
      }
      Path descFile = dir.resolve("minilm-desc-" + SuggestIndexFormat.VERSION + ".f32");
      float[] dv = Files.exists(descFile) ? read(descFile, descTexts.size() * 384, false) : embedAll(minilm, descTexts, descFile);
      float[] all = Arrays.copyOf(miniVectors, miniVectors.length + dv.length);
      System.arraycopy(dv, 0, all, miniVectors.length, dv.length);
      int[] owners = Arrays.copyOf(sentences.owners(), sentences.size() + descOwners.size());
      for (int i = 0; i < descOwners.size(); i++) owners[sentences.size() + i] = descOwners.get(i);
      descIndex = new VectorIndex(all, 384, owners, corpus.size());
      System.out.println("description sentences: " + descTexts.size() + ", e.g. " + descTexts.get(0));
    }
    EverydayTerms terms = EverydayTerms.load();
    List<EvaluationSet.Case> cases = EvaluationSet.read(set);
    int n = cases.size();
    Ranking[] lex = new Ranking[n], mini = new Ranking[n], bg = new Ranking[n], mid = new Ranking[n], desc = new Ranking[n];
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      String q = cases.get(i).request();
      String aws = terms.awsWordsFor(q);
      String expanded = aws.isEmpty() ? q : q + " (" + aws + ")";
      FusionWeights w = FusionWeights.DEFAULT;
      lex[i] = lexical.search(expanded, w.fields(), w.nameCoverage(), w.serviceMention(), 100);
      mini[i] = miniIndex.search(unit(minilm.embed(expanded).content().vector()), 100);
      desc[i] = descIndex == null ? Ranking.EMPTY : descIndex.search(unit(minilm.embed(expanded).content().vector()), 100);
      mid[i] = idIndex.search(unit(minilm.embed(expanded).content().vector()), 100);
      bg[i] = bgeIndex.search(unit(bge.embed(BGE_PREFIX + expanded).content().vector()), 100);
    }
    System.out.printf("searched %d in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
    report("lexical only", cases, corpus, i -> lex[i]);
    report("minilm only", cases, corpus, i -> mini[i]);
    report("bge only", cases, corpus, i -> bg[i]);
    FusionWeights d = FusionWeights.DEFAULT;
    report("hybrid, FusionWeights.DEFAULT (minilm)", cases, corpus, i -> RankFusion.fuse(lex[i], mini[i], popularity, d, 5));
    report("minilm with service ids only", cases, corpus, i -> mid[i]);
    report("hybrid, FusionWeights.DEFAULT (minilm with service ids)", cases, corpus, i -> RankFusion.fuse(lex[i], mid[i], popularity, d, 5));
    report("minilm plus description sentences only", cases, corpus, i -> desc[i]);
    report("hybrid, FusionWeights.DEFAULT (minilm plus description sentences)", cases, corpus, i -> RankFusion.fuse(lex[i], desc[i], popularity, d, 5));
    long f0 = System.nanoTime();
    for (int r = 0; r < 20; r++) for (int i = 0; i < n; i++) RankFusion.fuse(lex[i], mini[i], popularity, d, 5);
    System.out.printf("fusion with priors: %.3f ms per request%n", (System.nanoTime() - f0) / 1e6 / (20 * n));
    if (args.length > 2) { pool.shutdownNow(); return; }
    report("hybrid, FusionWeights.DEFAULT (bge)", cases, corpus, i -> RankFusion.fuse(lex[i], bg[i], popularity, d, 5));
    // The priors' grid (reciprocal rank fusion).
    for (double ws : new double[] {2, 3, 5}) for (double eb : new double[] {1, 1.5, 2}) for (double sb : new double[] {0, 0.5})
    for (double len : new double[] {0, 0.15, 0.3, 0.5}) for (double svc : new double[] {0, 1, 2}) {
      FusionWeights w = new FusionWeights(d.fields(), d.nameCoverage(), d.serviceMention(), d.k(), d.lexical(), ws, eb, sb, len, svc);
      double[] a = eval(cases, corpus, i -> RankFusion.fuse(lex[i], mini[i], popularity, w, 5));
      double[] b = eval(cases, corpus, i -> RankFusion.fuse(lex[i], bg[i], popularity, w, 5));
      System.out.printf("rrf ws=%.0f eb=%.1f sb=%.1f len=%.2f consensus=%.0f  minilm %.1f/%.1f  bge %.1f/%.1f%n", ws, eb, sb, len, svc, a[0], a[1], b[0], b[1]);
    }
    // Normalized score sum instead of ranks: cosine min-max over the semantic top 100, BM25 divided by its best.
    for (double ws : new double[] {1, 2, 3, 5}) for (double len : new double[] {0, 0.3}) for (double svc : new double[] {0, 1}) for (double eb : new double[] {1.5, 2}) {
      FusionWeights w = new FusionWeights(d.fields(), d.nameCoverage(), d.serviceMention(), d.k(), d.lexical(), ws, eb, d.serviceBoost(), len, svc);
      double[] a = eval(cases, corpus, i -> RankFusion.fuse(scoreRank(lex[i], mini[i], ws), Ranking.EMPTY, popularity, w, 5));
      System.out.printf("scoresum ws=%.0f eb=%.1f len=%.2f consensus=%.0f  minilm %.1f/%.1f%n", ws, eb, len, svc, a[0], a[1]);
    }
    pool.shutdownNow();
  }

  /** Round-robin interleave of two rankings (for a quick "both models" test). */
  static Ranking merge(Ranking a, Ranking b) {
    LinkedHashSet<Integer> ids = new LinkedHashSet<>();
    for (int r = 0; r < Math.max(a.size(), b.size()); r++) {
      if (r < a.size()) ids.add(a.ids().get(r));
      if (r < b.size()) ids.add(b.ids().get(r));
    }
    return new Ranking(new ArrayList<>(ids), new float[ids.size()]);
  }

  /** One ranking by the weighted sum of normalized scores (for the score-fusion comparison). */
  static Ranking scoreRank(Ranking lex, Ranking sem, double ws) {
    Map<Integer, Double> sc = new HashMap<>();
    float lexBest = lex.size() == 0 ? 1 : lex.scores()[0];
    for (int i = 0; i < lex.size(); i++) sc.merge(lex.ids().get(i), (double) lex.scores()[i] / lexBest, Double::sum);
    if (sem.size() > 0) {
      float hi = sem.scores()[0], lo = sem.scores()[sem.size() - 1];
      for (int i = 0; i < sem.size(); i++) sc.merge(sem.ids().get(i), ws * (sem.scores()[i] - lo) / Math.max(1e-6, hi - lo), Double::sum);
    }
    List<Map.Entry<Integer, Double>> e = new ArrayList<>(sc.entrySet());
    e.sort((x, y) -> Double.compare(y.getValue(), x.getValue()));
    List<Integer> ids = new ArrayList<>();
    for (var x : e) ids.add(x.getKey());
    return new Ranking(ids, new float[ids.size()]);
  }

  interface Search { Object run(int i); }

  static double[] eval(List<EvaluationSet.Case> cases, List<OperationDocument> corpus, Search s) {
    int top1 = 0, top5 = 0;
    for (int i = 0; i < cases.size(); i++) {
      Object r = s.run(i);
      List<Integer> ids = new ArrayList<>();
      if (r instanceof Ranking rk) ids.addAll(rk.ids()); else for (Object f : (List<?>) r) ids.add(((RankFusion.Fused) f).id());
      List<String> found = ids.stream().limit(5).map(id -> corpus.get(id).command()).toList();
      if (!found.isEmpty() && cases.get(i).expected().contains(found.get(0))) top1++;
      if (found.stream().anyMatch(cases.get(i).expected()::contains)) top5++;
    }
    return new double[] {100.0 * top1 / cases.size(), 100.0 * top5 / cases.size()};
  }

  static void report(String name, List<EvaluationSet.Case> cases, List<OperationDocument> corpus, Search s) {
    double[] a = eval(cases, corpus, s);
    System.out.printf("%s: %.1f/%.1f%n", name, a[0], a[1]);
  }

  static float[] embedAll(EmbeddingModel model, List<String> texts, Path file) throws IOException {
    long t0 = System.nanoTime();
    float[] out = new float[texts.size() * 384];
    for (int s = 0; s < texts.size(); s += 256) {
      int e = Math.min(texts.size(), s + 256);
      List<TextSegment> batch = texts.subList(s, e).stream().map(TextSegment::from).toList();
      var emb = model.embedAll(batch).content();
      for (int i = 0; i < emb.size(); i++) System.arraycopy(unit(emb.get(i).vector()), 0, out, (s + i) * 384, 384);
      if (s % 2560 == 0) System.out.printf("embedded %d in %d s%n", e, (System.nanoTime() - t0) / 1_000_000_000);
    }
    System.out.printf("embedded %d sentences in %d s%n", texts.size(), (System.nanoTime() - t0) / 1_000_000_000);
    ByteBuffer buf = ByteBuffer.allocate(out.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(out);
    Files.write(file, buf.array());
    return out;
  }

  static float[] read(Path file, int floats, boolean header) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer buf = ByteBuffer.wrap(bytes, bytes.length - floats * 4, floats * 4).order(ByteOrder.LITTLE_ENDIAN);
    float[] out = new float[floats];
    buf.asFloatBuffer().get(out);
    return out;
  }

  static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) sum += x * x;
    float norm = (float) Math.sqrt(sum);
    for (int i = 0; i < v.length; i++) v[i] /= norm;
    return v;
  }
}
