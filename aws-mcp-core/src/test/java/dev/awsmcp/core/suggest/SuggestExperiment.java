package dev.awsmcp.core.suggest;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Ranking experiments against the cached index, without rebuilding it: not a test, run by hand
 * (docs/suggest.md). Reads the corpus and MiniLM vectors the suggest tests cached in
 * {@code target/suggest-index}, embeds each request of every evaluation set once, then prints
 * top-1/top-5 on each set for the halves alone, the shipped {@link FusionWeights#DEFAULT}, the
 * variants of this round and a grid of the intent prior's weights. Arguments: none, or
 * {@code misses <set>} to print the shipped ranking's misses on one set.
 * (Earlier rounds' variants, bge-small and score fusion, are in the history of this file.)
 */
final class SuggestExperiment {
  static final List<String> SETS = List.of("train", "eval", "holdout", "holdout2", "holdout3", "holdout4", "holdout5");

  record Prepared(List<EvaluationSet.Case> cases, String[] expanded, IntentPrior.Request[] intents, Ranking[] semantic,
      Ranking[] semanticNoDescriptions) {}

  /** The index folder a test run left in {@code target/suggest-index} (run from {@code aws-mcp-core}). */
  static Path cachedIndexFolder() throws java.io.IOException {
    try (var s = Files.list(Path.of("target/suggest-index"))) {
      return s.filter(p -> p.getFileName().toString().startsWith("v" + SuggestIndexFormat.VERSION + "-")
          && Files.exists(p.resolve("vectors.f32"))).findFirst().orElseThrow();
    }
  }

  static List<OperationDocument> cachedCorpus(Path cacheFolder) {
    return new SuggestIndexCache(cacheFolder.getParent(), cacheFolder.getFileName().toString()).readCorpus().orElseThrow();
  }

  public static void main(String[] args) throws Exception {
    Path cacheFolder = cachedIndexFolder();
    List<OperationDocument> corpus = cachedCorpus(cacheFolder);
    LexicalIndex lexical = LexicalIndex.build(corpus);
    CommandPopularity popularity = new CommandPopularity(corpus);
    IntentPrior intent = new IntentPrior(corpus);
    EmbeddedSentences sentences = EmbeddedSentences.of(corpus);
    float[] vectors = read(cacheFolder.resolve("vectors.f32"), sentences.size() * 384);
    VectorIndex vectorIndex = new VectorIndex(vectors, 384, sentences.owners(), corpus.size());
    // The sentences of format 3: each operation's sentence and its titles, without the descriptions (appended last).
    int withoutDescriptions = corpus.size();
    for (OperationDocument d : corpus) {
      withoutDescriptions += d.examples().isEmpty() ? 0 : Math.min(EmbeddedSentences.TITLES_PER_OPERATION, d.examples().split("; ").length);
    }
    VectorIndex noDescriptions = new VectorIndex(Arrays.copyOf(vectors, withoutDescriptions * 384), 384,
        Arrays.copyOf(sentences.owners(), withoutDescriptions), corpus.size());
    System.out.printf("corpus %d commands (%d high-level), %d sentences (%d without descriptions)%n", corpus.size(),
        corpus.stream().filter(OperationDocument::highLevel).count(), sentences.size(), withoutDescriptions);
    var pool = Executors.newFixedThreadPool(1);
    EmbeddingModel minilm = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
    EverydayTerms terms = EverydayTerms.load();
    ActionWords actions = ActionWords.load();
    Map<String, Prepared> sets = new LinkedHashMap<>();
    // -Dsets=train,eval: only those (the held-out sets stay unseen while choosing).
    List<String> setNames = System.getProperty("sets") == null ? SETS : List.of(System.getProperty("sets").split(","));
    for (String name : setNames) {
      List<EvaluationSet.Case> cases = EvaluationSet.read("/suggest/" + name + ".tsv");
      int n = cases.size();
      // -Dadapted=DIR: request vectors moved by the query adapter, written by tools/suggest/train_query_adapter.py
      // (the tuning sets' by the fold that did not see them).
      String adaptedDir = System.getProperty("adapted");
      float[] adapted = adaptedDir == null ? null : read(Path.of(adaptedDir, name + ".adapted.f32"), n * 384);
      Prepared p = new Prepared(cases, new String[n], new IntentPrior.Request[n], new Ranking[n], new Ranking[n]);
      for (int i = 0; i < n; i++) {
        String q = cases.get(i).request();
        String aws = terms.awsWordsFor(q);
        p.expanded[i] = aws.isEmpty() ? q : q + " (" + aws + ")";
        p.intents[i] = IntentPrior.request(actions, q);
        float[] v = adapted != null
            ? Arrays.copyOfRange(adapted, i * 384, (i + 1) * 384)
            : unit(minilm.embed(p.expanded[i]).content().vector());
        p.semantic[i] = vectorIndex.search(v, OfflineCommandSuggester.CANDIDATES);
        p.semanticNoDescriptions[i] = noDescriptions.search(v, OfflineCommandSuggester.CANDIDATES);
      }
      sets.put(name, p);
    }
    FusionWeights d = FusionWeights.DEFAULT;
    if (args.length > 0 && args[0].equals("ranks")) {
      for (var e : sets.entrySet()) {
        Prepared p = e.getValue();
        int[] buckets = new int[7];
        int[] edges = {1, 5, 10, 20, 50, 100, 1000};
        for (int i = 0; i < p.cases.size(); i++) {
          Ranking lex = lexical.search(p.expanded[i], d.fields(), d.nameCoverage(), d.serviceMention(), OfflineCommandSuggester.CANDIDATES);
          List<String> all = ids(RankFusion.fuse(lex, p.semantic[i], popularity, intent, p.intents[i], d, 1000)).stream().map(id -> corpus.get(id).command()).toList();
          int rank = 1001;
          for (int r = 0; r < all.size() && rank > 1000; r++) if (p.cases.get(i).expected().contains(all.get(r))) rank = r + 1;
          int b = 0;
          while (b < 6 && rank > edges[b]) b++;
          if (rank > 100) b = 6;
          buckets[b]++;
        }
        System.out.printf("%s n=%d  1:%d  2-5:%d  6-10:%d  11-20:%d  21-50:%d  51-100:%d  absent:%d%n", e.getKey(), p.cases.size(),
            buckets[0], buckets[1], buckets[2], buckets[3], buckets[4], buckets[5], buckets[6]);
      }
      pool.shutdownNow();
      return;
    }
    if (args.length > 1 && args[0].equals("misses")) {
      Prepared p = sets.get(args[1]);
      for (int i = 0; i < p.cases.size(); i++) {
        Ranking lex = lexical.search(p.expanded[i], d.fields(), d.nameCoverage(), d.serviceMention(), OfflineCommandSuggester.CANDIDATES);
        List<String> all = ids(RankFusion.fuse(lex, p.semantic[i], popularity, intent, p.intents[i], d, 1000)).stream().map(id -> corpus.get(id).command()).toList();
        List<String> found = all.subList(0, Math.min(5, all.size()));
        int rank = -1;
        for (int r = 0; r < all.size() && rank < 0; r++) if (p.cases.get(i).expected().contains(all.get(r))) rank = r + 1;
        int lexRank = -1, semRank = -1;
        for (int r = 0; r < lex.size() && lexRank < 0; r++) if (p.cases.get(i).expected().contains(corpus.get(lex.ids().get(r)).command())) lexRank = r + 1;
        for (int r = 0; r < p.semantic[i].size() && semRank < 0; r++) if (p.cases.get(i).expected().contains(corpus.get(p.semantic[i].ids().get(r)).command())) semRank = r + 1;
        if (found.isEmpty() || !p.cases.get(i).expected().contains(found.get(0))) {
          System.out.printf("%s rank %d (lexical %d, semantic %d) %s%n    expected %s%n    got %s  verbs %s%n", found.stream().anyMatch(p.cases.get(i).expected()::contains) ? "top5" : "MISS",
              rank, lexRank, semRank, p.cases.get(i).request(), p.cases.get(i).expected(), found, p.intents[i].verbs());
        }
      }
      pool.shutdownNow();
      return;
    }
    report("lexical only", sets, corpus, (p, i) -> lexical.search(p.expanded[i], d.fields(), d.nameCoverage(), d.serviceMention(), 100));
    report("semantic only", sets, corpus, (p, i) -> p.semantic[i]);
    report("semantic only, no description sentences", sets, corpus, (p, i) -> p.semanticNoDescriptions[i]);
    report("hybrid DEFAULT, no description sentences", sets, corpus, (p, i) -> RankFusion.fuse(
        lexical.search(p.expanded[i], d.fields(), d.nameCoverage(), d.serviceMention(), 100), p.semanticNoDescriptions[i], popularity,
        intent, p.intents[i], d, 5));
    report("hybrid DEFAULT without the intent prior", sets, corpus, (p, i) -> fuse(lexical, popularity, intent, p, i, d, false));
    report("hybrid DEFAULT (shipped)", sets, corpus, (p, i) -> fuse(lexical, popularity, intent, p, i, d, true));
    EverydayTerms firstTerms = EverydayTerms.load("everyday-terms-round2.tsv");
    report("hybrid DEFAULT with the round-2 everyday words", sets, corpus, (p, i) -> {
      String q = p.cases.get(i).request();
      String aws = firstTerms.awsWordsFor(q);
      String e = aws.isEmpty() ? q : q + " (" + aws + ")";
      return RankFusion.fuse(lexical.search(e, d.fields(), d.nameCoverage(), d.serviceMention(), OfflineCommandSuggester.CANDIDATES),
          unitSearch(vectorIndex, minilm, e), popularity, intent, p.intents[i], d, 5);
    });
    // The grid: tuning sets only (train, eval); the held-out sets are reported for the chosen weights alone.
    Map<String, Prepared> tuning = new LinkedHashMap<>();
    if (!sets.containsKey("train")) {
      pool.shutdownNow();
      return;
    }
    tuning.put("train", sets.get("train"));
    tuning.put("eval", sets.get("eval"));
    for (double verb : new double[] {0, 0.25, 0.5, 1, 2}) for (double len : new double[] {0, 0.15, 0.3})
    for (double svc : new double[] {0.5, 1, 2, 3}) {
      FusionWeights w = with(d, verb, len, svc);
      report(String.format("verb %.2f len %.2f consensus %.1f", verb, len, svc), tuning, corpus,
          (p, i) -> fuse(lexical, popularity, intent, p, i, w, true));
    }
    // Fusion constant and semantic weight, tuning sets only.
    for (double k : new double[] {3, 5, 7, 10, 20}) for (double sem : new double[] {1.5, 2, 3}) {
      FusionWeights w = new FusionWeights(d.fields(), d.nameCoverage(), d.serviceMention(), k, d.lexical(), sem, d.exampleBoost(),
          d.serviceBoost(), d.nameLength(), d.serviceConsensus(), d.verbMatch());
      report(String.format("k %.0f semantic %.1f", k, sem), tuning, corpus, (p, i) -> fuse(lexical, popularity, intent, p, i, w, true));
    }
    long t0 = System.nanoTime();
    Prepared train = sets.get("train");
    for (int r = 0; r < 20; r++) for (int i = 0; i < train.cases.size(); i++) fuse(lexical, popularity, intent, train, i, d, true);
    System.out.printf("lexical search, fusion and priors: %.3f ms per request%n", (System.nanoTime() - t0) / 1e6 / (20 * train.cases.size()));
    pool.shutdownNow();
  }

  static Ranking unitSearch(VectorIndex index, EmbeddingModel model, String text) {
    return index.search(unit(model.embed(text).content().vector()), OfflineCommandSuggester.CANDIDATES);
  }

  static FusionWeights with(FusionWeights d, double verb, double len, double svc) {
    return new FusionWeights(d.fields(), d.nameCoverage(), d.serviceMention(), d.k(), d.lexical(), d.semantic(), d.exampleBoost(),
        d.serviceBoost(), len, svc, verb);
  }

  static List<RankFusion.Fused> fuse(LexicalIndex lexical, CommandPopularity popularity, IntentPrior intent, Prepared p, int i,
      FusionWeights w, boolean withIntent) {
    Ranking lex = lexical.search(p.expanded[i], w.fields(), w.nameCoverage(), w.serviceMention(), OfflineCommandSuggester.CANDIDATES);
    return RankFusion.fuse(lex, p.semantic[i], popularity, withIntent ? intent : null, p.intents[i], w, 5);
  }

  interface Search { Object run(Prepared p, int i); }

  static List<Integer> ids(Object r) {
    List<Integer> ids = new ArrayList<>();
    if (r instanceof Ranking rk) ids.addAll(rk.ids()); else for (Object f : (List<?>) r) ids.add(((RankFusion.Fused) f).id());
    return ids;
  }

  static void report(String name, Map<String, Prepared> sets, List<OperationDocument> corpus, Search s) {
    StringBuilder line = new StringBuilder(name).append(':');
    for (Map.Entry<String, Prepared> e : sets.entrySet()) {
      Prepared p = e.getValue();
      int top1 = 0, top5 = 0;
      for (int i = 0; i < p.cases.size(); i++) {
        List<String> found = ids(s.run(p, i)).stream().limit(5).map(id -> corpus.get(id).command()).toList();
        if (!found.isEmpty() && p.cases.get(i).expected().contains(found.get(0))) top1++;
        if (found.stream().anyMatch(p.cases.get(i).expected()::contains)) top5++;
      }
      line.append(String.format("  %s %.1f/%.1f", e.getKey(), 100.0 * top1 / p.cases.size(), 100.0 * top5 / p.cases.size()));
    }
    System.out.println(line);
  }

  static float[] read(Path file, int floats) throws java.io.IOException {
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
