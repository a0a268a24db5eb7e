package dev.awsmcp.core.suggest;

import dev.awsmcp.api.CommandSuggester;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.suggest.RequiredParameter;
import dev.awsmcp.api.suggest.SuggestResult;
import dev.awsmcp.api.suggest.Suggestion;
import dev.awsmcp.core.cli.CliServiceTable;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Suggests CLI commands offline: Lucene BM25 over the operations' names, services and
 * documentation, fused with all-MiniLM-L6-v2 sentence vectors by reciprocal rank fusion.
 * {@link #start} returns at once and builds (or reads from the cache) the index in the
 * background; until the vectors are ready, answers come from the lexical half and say so
 * ({@link SuggestResult#semanticReady()}). The first search waits for the lexical half only
 * (a few seconds the very first time, well under one with a cached index).
 * Thread-safe; build once per engine, share.
 */
public final class OfflineCommandSuggester implements CommandSuggester, AutoCloseable {
  /** Candidates each half hands to the fusion. */
  static final int CANDIDATES = 100;

  private final CliServiceTable services;
  private final IndexBuild build;
  private final EverydayTerms everydayTerms = EverydayTerms.load();
  private final ActionWords actionWords = ActionWords.load();
  private final QueryAdapter queryAdapter = QueryAdapter.load();

  private OfflineCommandSuggester(CliServiceTable services, IndexBuild build) {
    this.services = services;
    this.build = build;
  }

  /**
   * A suggester over every command of {@code services}, its index cached under
   * {@code cacheRoot/<models fingerprint>/}.
   *
   * @param progress where the progress bar goes while operations are embedded (standard error
   *     in a terminal), or null for none
   */
  public static OfflineCommandSuggester start(CliServiceTable services, Path cacheRoot, PrintStream progress) {
    Objects.requireNonNull(services, "services");
    CliExampleTitles examples = CliExampleTitles.load();
    String fingerprint = SuggestIndexFormat.fingerprint(services.catalog().sources(), examples);
    SuggestIndexCache cache = new SuggestIndexCache(cacheRoot, fingerprint);
    // One sentence at a time: ONNX Runtime already spreads each one over the cores, and a second
    // worker made embedding slower on 2 cores (docs/suggest.md).
    int threads = 1;
    return new OfflineCommandSuggester(services, new IndexBuild(services, examples, cache, progress, threads).start());
  }

  /** Waits up to {@code timeout} for the semantic half; true once it is ready, false if not (yet, or ever). */
  public boolean awaitSemantic(Duration timeout) {
    try {
      build.semantic.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException | CancellationException e) {
      return false;
    }
  }

  /** Whether the semantic half takes part in searches now. */
  public boolean semanticReady() {
    return build.semantic.isDone() && !build.semantic.isCompletedExceptionally();
  }

  /**
   * Stops building the index if it is still being built (after the current batch of sentences);
   * searches keep working with what is ready. The cache keeps only complete files.
   */
  @Override
  public void close() {
    build.stop();
  }

  @Override
  public SuggestResult suggest(String query, int limit) {
    if (query == null || query.isBlank()) {
      return SuggestResult.failure("", CommandError.of(ErrorCode.EMPTY_QUERY,
          "describe what you want to do, for example \"list my S3 buckets\""));
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      return SuggestResult.failure(query.substring(0, MAX_QUERY_LENGTH), CommandError.of(ErrorCode.QUERY_TOO_LONG,
          "the request has " + query.length() + " characters; at most " + MAX_QUERY_LENGTH + " are searched"));
    }
    int n = Math.max(1, Math.min(MAX_LIMIT, limit));
    try {
      return search(query, n);
    } catch (CompletionException | CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return SuggestResult.failure(query, CommandError.of(ErrorCode.INTERNAL_ERROR,
          "the suggest index could not be built: " + cause));
    } catch (RuntimeException e) {
      return SuggestResult.failure(query, CommandError.of(ErrorCode.INTERNAL_ERROR, "the suggester failed: " + e));
    }
  }

  private SuggestResult search(String query, int n) {
    IndexBuild.Lexical lexical = build.lexical.join();
    FusionWeights weights = FusionWeights.DEFAULT;
    String awsWords = everydayTerms.awsWordsFor(query);
    String expanded = awsWords.isEmpty() ? query : query + " (" + awsWords + ")";
    Ranking lexicalRanking = lexical.index().search(expanded, weights.fields(), weights.nameCoverage(),
        weights.serviceMention(), CANDIDATES);
    Ranking semanticRanking = Ranking.EMPTY;
    boolean semantic = semanticReady();
    if (semantic) {
      IndexBuild.Semantic s = build.semantic.join();
      semanticRanking = s.vectors().search(queryAdapter.apply(s.embedder().embed(expanded)), CANDIDATES);
    }
    List<Suggestion> suggestions = new ArrayList<>(n);
    IntentPrior.Request intent = IntentPrior.request(actionWords, query);
    for (RankFusion.Fused f : RankFusion.fuse(lexicalRanking, semanticRanking, lexical.popularity(), lexical.intent(),
        intent, weights, n)) {
      suggestions.add(suggestion(lexical.corpus().get(f.id()), f.score()));
    }
    return SuggestResult.success(query, suggestions, semantic);
  }

  static final String HIGH_LEVEL_NOTE = " (A terminal command: call_aws runs API operations only.)";

  private Suggestion suggestion(OperationDocument doc, double score) {
    List<RequiredParameter> required = new ArrayList<>();
    if (doc.highLevel()) {
      services.highLevelRequiredArguments(doc.cliService(), doc.cliOperation())
          .forEach((name, type) -> required.add(new RequiredParameter(name, type)));
    } else {
      services.requiredArguments(doc.cliService(), doc.cliOperation())
          .forEach((name, shape) -> required.add(new RequiredParameter(name, ParameterType.of(shape))));
    }
    String description = DocSummary.firstSentences(doc.summary(), 1, 200);
    if (doc.highLevel()) {
      // The engine parses the CLI's high-level commands but runs API operations only: an agent
      // handed "aws s3 cp" should know call_aws will refuse it before trying.
      description += HIGH_LEVEL_NOTE;
    }
    return new Suggestion(doc.command(), doc.cliService(), doc.cliOperation(), description, required, score);
  }
}
