package dev.awsmcp.core.suggest;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A learned re-ranker over the shipped ranking's best candidates: pairwise logistic regression
 * on per-candidate features, trained on the tuning sets, measured on the held-out sets. Not a
 * test, run by hand against the cached index (docs/suggest.md).
 */
final class SuggestRerankExperiment {
  static final int POOL = 50;

  record Query(EvaluationSet.Case c, List<Integer> ids, List<double[]> features) {}

  public static void main(String[] args) throws Exception {
    Path cacheFolder = SuggestExperiment.cachedIndexFolder();
    List<OperationDocument> corpus = SuggestExperiment.cachedCorpus(cacheFolder);
    for (int i = 0; i < corpus.size(); i++) COMMANDS.put(i, corpus.get(i).command());
    LexicalIndex lexical = LexicalIndex.build(corpus);
    CommandPopularity popularity = new CommandPopularity(corpus);
    IntentPrior intent = new IntentPrior(corpus);
    EmbeddedSentences sentences = EmbeddedSentences.of(corpus);
    float[] vectors = SuggestExperiment.read(cacheFolder.resolve("vectors.f32"), sentences.size() * 384);
    VectorIndex vectorIndex = new VectorIndex(vectors, 384, sentences.owners(), corpus.size());
    Map<String, Integer> refs = new HashMap<>();
    Path refFile = Path.of(args.length > 0 ? args[0] : "/tmp/sx/refs.tsv");
    if (Files.exists(refFile)) {
      for (String line : Files.readAllLines(refFile)) {
        String[] f = line.split("\t");
        refs.put(f[0], Integer.parseInt(f[1]));
      }
    }
    var pool = Executors.newFixedThreadPool(1);
    EmbeddingModel minilm = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
    EverydayTerms terms = EverydayTerms.load();
    ActionWords actions = ActionWords.load();
    FusionWeights d = FusionWeights.DEFAULT;
    Map<String, List<Query>> sets = new LinkedHashMap<>();
    for (String name : SuggestExperiment.SETS) {
      List<Query> queries = new ArrayList<>();
      for (EvaluationSet.Case c : EvaluationSet.read("/suggest/" + name + ".tsv")) {
        String q = c.request();
        String aws = terms.awsWordsFor(q);
        String expanded = aws.isEmpty() ? q : q + " (" + aws + ")";
        IntentPrior.Request req = IntentPrior.request(actions, q);
        float[] v = SuggestExperiment.unit(minilm.embed(expanded).content().vector());
        Ranking sem = vectorIndex.search(v, 2000);
        Ranking sem100 = new Ranking(sem.ids().subList(0, 100), java.util.Arrays.copyOf(sem.scores(), 100));
        Ranking lex = lexical.search(expanded, d.fields(), d.nameCoverage(), d.serviceMention(), OfflineCommandSuggester.CANDIDATES);
        List<RankFusion.Fused> fused = RankFusion.fuse(lex, sem100, popularity, intent, req, d, POOL);
        Map<Integer, Integer> lexRank = new HashMap<>();
        for (int r = 0; r < lex.size(); r++) lexRank.put(lex.ids().get(r), r);
        Map<Integer, Integer> semRank = new HashMap<>();
        Map<Integer, Float> cos = new HashMap<>();
        for (int r = 0; r < sem.size(); r++) { semRank.put(sem.ids().get(r), r); cos.put(sem.ids().get(r), sem.scores()[r]); }
        float minCos = sem.scores()[sem.size() - 1];
        float topCos = sem.scores()[0];
        float topLex = lex.size() == 0 ? 1 : lex.scores()[0];
        Map<Integer, Double> share = new HashMap<>();
        double total = 0;
        for (RankFusion.Fused f : fused.subList(0, Math.min(20, fused.size()))) {
          share.merge(popularity.service(f.id()), f.score(), Double::sum);
          total += f.score();
        }
        String lower = " " + q.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        String lowerExpanded = " " + expanded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        List<Integer> ids = new ArrayList<>();
        List<double[]> features = new ArrayList<>();
        for (int r = 0; r < fused.size(); r++) {
          RankFusion.Fused f = fused.get(r);
          int id = f.id();
          OperationDocument doc = corpus.get(id);
          Integer lr = lexRank.get(id), sr = semRank.get(id);
          String[] opWords = doc.operationWords().split(" ");
          int objects = 0, found = 0;
          for (int w = 1; w < opWords.length; w++) {
            objects++;
            String stem = opWords[w].replaceAll("(es|s)$", "");
            if (stem.length() > 1 && lowerExpanded.contains(" " + stem)) found++;
          }
          boolean named = lower.contains(" " + doc.cliService() + " ")
              || (!doc.serviceId().isEmpty() && lower.contains(" " + doc.serviceId().toLowerCase(Locale.ROOT) + " "));
          double s = total == 0 ? 0 : share.getOrDefault(popularity.service(id), 0.0) / total;
          ids.add(id);
          features.add(new double[] {
              Math.log(f.score() + 1e-6),
              1.0 / (r + 1),
              lr == null ? 0 : 1.0 / (5 + lr + 1),
              sr == null ? 0 : 1.0 / (5 + Math.min(sr, 1000) + 1),
              lr == null ? 0 : lex.scores()[lr] / topLex,
              cos.getOrDefault(id, minCos),
              topCos - cos.getOrDefault(id, minCos),
              doc.hasExamplePage() ? 1 : 0,
              Math.log(popularity.factor(id, d)),
              Math.max(0, opWords.length - 2),
              s,
              intent.factor(id, req, d) > 1 ? 1 : 0,
              req.verbs().isEmpty() ? 0 : (intent.factor(id, req, d) > 1 ? 0 : 1),
              objects == 0 ? 0 : (double) found / objects,
              named ? 1 : 0,
              Math.log1p(refs.getOrDefault(doc.command(), 0)),
              doc.highLevel() ? 1 : 0,
          });
        }
        String drop = System.getProperty("drop", "");
        if (!drop.isEmpty()) {
          for (double[] x : features) for (String j : drop.split(",")) x[Integer.parseInt(j)] = 0;
        }
        queries.add(new Query(c, ids, features));
      }
      sets.put(name, queries);
    }
    pool.shutdownNow();
    List<Query> trainSet = new ArrayList<>(sets.get("train"));
    trainSet.addAll(sets.get("eval"));
    int nf = trainSet.get(0).features().get(0).length;
    // Standardize on the training candidates.
    double[] mean = new double[nf], sd = new double[nf];
    int count = 0;
    for (Query q : trainSet) for (double[] x : q.features()) { count++; for (int j = 0; j < nf; j++) mean[j] += x[j]; }
    for (int j = 0; j < nf; j++) mean[j] /= count;
    for (Query q : trainSet) for (double[] x : q.features()) for (int j = 0; j < nf; j++) sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]);
    for (int j = 0; j < nf; j++) sd[j] = Math.max(1e-9, Math.sqrt(sd[j] / count));
    for (double lambda : new double[] {0.03, 0.1, 0.3, 1}) {
      for (int negatives : new int[] {50}) {
        double[] w = train(trainSet, mean, sd, lambda, negatives);
        StringBuilder line = new StringBuilder(String.format("lambda %.3f negatives %d:", lambda, negatives));
        for (var e : sets.entrySet()) line.append(score(e.getKey(), e.getValue(), w, mean, sd));
        System.out.println(line);
      }
    }
    double[] baseline = new double[nf];
    baseline[0] = 1;
    StringBuilder line = new StringBuilder("shipped:");
    for (var e : sets.entrySet()) line.append(score(e.getKey(), e.getValue(), baseline, new double[nf], ones(nf)));
    System.out.println(line);
    // Cross-validation over all five sets pooled, 5 folds by position.
    List<Query> all = new ArrayList<>();
    sets.values().forEach(all::addAll);
    for (double lambda : new double[] {0.01, 0.1}) {
      int top1 = 0, top5 = 0, heldTop1 = 0, heldTop5 = 0, held = 0;
      for (int fold = 0; fold < 5; fold++) {
        List<Query> tr = new ArrayList<>(), te = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) (i % 5 == fold ? te : tr).add(all.get(i));
        double[] w = train(tr, mean, sd, lambda, 50);
        for (Query q : te) {
          int rank = rank(q, w, mean, sd);
          if (rank == 0) top1++;
          if (rank >= 0 && rank < 5) top5++;
        }
      }
      System.out.printf("5-fold over all %d: lambda %.2f top-1 %.1f top-5 %.1f%n", all.size(), lambda, 100.0 * top1 / all.size(), 100.0 * top5 / all.size());
    }
    double[] w = train(trainSet, mean, sd, 0.01, 50);
    String[] names = {"logFused", "fusedRank", "lexRRF", "semRRF", "lexScore", "cos", "cosGap", "examplePage", "popularity",
        "extraWords", "share", "verbMatch", "verbMismatch", "objectWords", "named", "docRefs", "highLevel"};
    for (int j = 0; j < nf; j++) System.out.printf("  %-12s %.3f%n", names[j], w[j] / sd[j]);
  }

  static double[] ones(int n) {
    double[] o = new double[n];
    java.util.Arrays.fill(o, 1);
    return o;
  }

  static double[] train(List<Query> queries, double[] mean, double[] sd, double lambda, int negatives) {
    int nf = mean.length;
    double[] w = new double[nf];
    w[0] = sd[0]; // start from the shipped ranking
    double rate = 0.1;
    for (int it = 0; it < 300; it++) {
      double[] grad = new double[nf];
      int pairs = 0;
      for (Query q : queries) {
        int pos = -1;
        for (int i = 0; i < q.ids().size(); i++) if (q.c().expected().contains(command(q, i))) { pos = i; break; }
        if (pos < 0) continue;
        double[] xp = z(q.features().get(pos), mean, sd);
        for (int i = 0; i < Math.min(negatives, q.ids().size()); i++) {
          if (i == pos || q.c().expected().contains(command(q, i))) continue;
          double[] xn = z(q.features().get(i), mean, sd);
          double margin = 0;
          for (int j = 0; j < nf; j++) margin += w[j] * (xp[j] - xn[j]);
          double g = -1 / (1 + Math.exp(margin));
          for (int j = 0; j < nf; j++) grad[j] += g * (xp[j] - xn[j]);
          pairs++;
        }
      }
      for (int j = 0; j < nf; j++) w[j] -= rate * (grad[j] / Math.max(1, pairs) + lambda * w[j]);
    }
    return w;
  }

  static String command(Query q, int i) {
    return COMMANDS.get(q.ids().get(i));
  }

  static final Map<Integer, String> COMMANDS = new HashMap<>();

  static double[] z(double[] x, double[] mean, double[] sd) {
    double[] out = new double[x.length];
    for (int j = 0; j < x.length; j++) out[j] = (x[j] - mean[j]) / sd[j];
    return out;
  }

  static int rank(Query q, double[] w, double[] mean, double[] sd) {
    int n = q.ids().size();
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      double[] x = z(q.features().get(i), mean, sd);
      for (int j = 0; j < x.length; j++) s[i] += w[j] * x[j];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
    for (int r = 0; r < n; r++) if (q.c().expected().contains(command(q, order[r]))) return r;
    return -1;
  }

  static String score(String name, List<Query> queries, double[] w, double[] mean, double[] sd) {
    int top1 = 0, top5 = 0;
    for (Query q : queries) {
      int r = rank(q, w, mean, sd);
      if (r == 0) top1++;
      if (r >= 0 && r < 5) top5++;
    }
    return String.format("  %s %.1f/%.1f", name, 100.0 * top1 / queries.size(), 100.0 * top5 / queries.size());
  }
}
