package dev.awsmcp.core.docs;

import dev.awsmcp.api.DocsClient;
import dev.awsmcp.api.docs.DocsPage;
import dev.awsmcp.api.docs.DocsResult;
import dev.awsmcp.api.docs.DocsSource;
import dev.awsmcp.api.docs.PageSections;
import dev.awsmcp.api.docs.Recommendations;
import dev.awsmcp.api.docs.SearchFilters;
import dev.awsmcp.api.docs.SearchHits;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The {@link DocsClient} over AWS's public documentation endpoints. Each answer is tried from, in
 * order: the disk cache while fresh, the network, then whatever can stand in when the network
 * fails (a stale cached copy; for searches, the index over the local models). In offline mode the
 * network is never touched. Thread-safe.
 */
final class AwsDocsClient implements DocsClient {
  private final DocsEndpoints endpoints;
  private final DocsUrlPolicy policy;
  private final DocsHttp http;
  private final DocsCache cache;
  private final PageSource pages;
  private final Optional<ModelDocsIndex> index;
  private final boolean offline;
  // One session per client, as the documentation site gives one per visitor.
  private final String session = UUID.randomUUID().toString();

  AwsDocsClient(DocsEndpoints endpoints, DocsHttp http, DocsCache cache, Optional<ModelReferencePage> reference,
      Optional<ModelDocsIndex> index, boolean offline) {
    this.endpoints = endpoints;
    this.policy = new DocsUrlPolicy(endpoints);
    this.http = http;
    this.cache = cache;
    this.pages = new PageSource(policy, http, cache, new PageConverter(), reference, offline);
    this.index = index;
    this.offline = offline;
  }

  @Override
  public DocsResult<SearchHits> search(String phrase, int limit, SearchFilters filters) {
    if (phrase == null || phrase.isBlank()) {
      return DocsResult.failure(CommandError.of(ErrorCode.MISSING_VALUE, "give a phrase to search for"));
    }
    if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
      return DocsResult.failure(CommandError.of(ErrorCode.OUT_OF_RANGE, "limit must be 1 to " + MAX_SEARCH_LIMIT + ", not " + limit));
    }
    String query = phrase.strip();
    SearchFilters f = filters == null ? SearchFilters.none() : filters;
    return guarded(() -> offline ? offlineSearch(query, limit, null) : onlineSearch(query, limit, f));
  }

  private DocsResult<SearchHits> onlineSearch(String phrase, int limit, SearchFilters filters) {
    String key = phrase + "\n" + filters.products() + "\n" + filters.guides();
    Optional<DocsCache.Entry> cached = cache.get("search", key);
    try {
      if (cached.isPresent() && cache.isFresh(cached.get())) {
        return DocsResult.of(new SearchHits(phrase, SearchApi.hits(cached.get().body(), limit)), DocsSource.CACHE);
      }
    } catch (DocsFetchException unreadable) {
      // A damaged entry: ask the network again.
    }
    try {
      URI uri = URI.create(endpoints.search() + "?session=" + session);
      String answer = http.postJson(uri, SearchApi.requestBody(phrase, filters));
      SearchHits hits = new SearchHits(phrase, SearchApi.hits(answer, limit));
      cache.put("search", key, Optional.empty(), answer);
      return DocsResult.of(hits, DocsSource.ONLINE);
    } catch (DocsFetchException e) {
      if (cached.isPresent()) {
        try {
          return DocsResult.of(new SearchHits(phrase, SearchApi.hits(cached.get().body(), limit)), DocsSource.STALE_CACHE);
        } catch (DocsFetchException unreadable) {
          // Fall through to the models.
        }
      }
      return offlineSearch(phrase, limit, e.error());
    }
  }

  private DocsResult<SearchHits> offlineSearch(String phrase, int limit, CommandError networkError) {
    if (index.isEmpty()) {
      return DocsResult.failure(networkError != null ? networkError
          : CommandError.of(ErrorCode.DOCS_UNAVAILABLE, "offline, and no local models to search"));
    }
    return DocsResult.of(new SearchHits(phrase, index.get().search(phrase, limit)), DocsSource.OFFLINE_MODELS);
  }

  @Override
  public DocsResult<DocsPage> read(String url, int startIndex, int maxLength) {
    if (startIndex < 0 || maxLength < 1) {
      return DocsResult.failure(CommandError.of(ErrorCode.OUT_OF_RANGE, "startIndex must be 0 or more and maxLength 1 or more"));
    }
    return guarded(() -> pages.load(url).map(loaded -> {
      int total = loaded.page().markdown().length();
      if (!MarkdownWindow.startsInside(startIndex, total)) {
        return DocsResult.<DocsPage>failure(CommandError.of(ErrorCode.OUT_OF_RANGE,
            "startIndex " + startIndex + " is past the end of the page (" + total + " characters)"));
      }
      return DocsResult.of(MarkdownWindow.of(loaded.address(), loaded.page().title(), loaded.page().markdown(),
          startIndex, maxLength), loaded.source());
    }, DocsResult::failure));
  }

  @Override
  public DocsResult<PageSections> readSections(String url, List<String> titles) {
    if (titles == null || titles.isEmpty() || titles.stream().anyMatch(t -> t == null || t.isBlank())) {
      return DocsResult.failure(CommandError.of(ErrorCode.MISSING_VALUE, "give the titles of the sections to read"));
    }
    return guarded(() -> pages.load(url).map(
        loaded -> DocsResult.of(MarkdownSections.select(loaded.address(), loaded.page().markdown(), titles), loaded.source()),
        DocsResult::failure));
  }

  @Override
  public DocsResult<Recommendations> recommend(String url) {
    if (url == null || url.isBlank()) {
      return DocsResult.failure(CommandError.of(ErrorCode.MISSING_VALUE, "give the page to recommend for"));
    }
    DocsUrlPolicy.Verdict verdict = policy.check(url);
    if (verdict.page().isEmpty()) {
      return DocsResult.failure(CommandError.of(ErrorCode.DOCS_URL_REFUSED, verdict.refusal()));
    }
    String page = verdict.page().get().toString();
    return guarded(() -> recommendFor(page));
  }

  private DocsResult<Recommendations> recommendFor(String page) {
    Optional<DocsCache.Entry> cached = cache.get("recommendations", page);
    if (cached.isPresent() && (cache.isFresh(cached.get()) || offline)) {
      Optional<DocsResult<Recommendations>> r = fromCache(page, cached.get(), cache.isFresh(cached.get()));
      if (r.isPresent()) {
        return r.get();
      }
    }
    if (offline) {
      return DocsResult.failure(CommandError.of(ErrorCode.DOCS_UNAVAILABLE, "recommendations need the network, and the client is offline"));
    }
    try {
      URI uri = URI.create(endpoints.recommendations() + "?path=" + URLEncoder.encode(page, StandardCharsets.UTF_8)
          + "&session=" + session);
      String answer = http.getJson(uri);
      Recommendations recs = new Recommendations(page, RecommendationsApi.pages(answer));
      cache.put("recommendations", page, Optional.empty(), answer);
      return DocsResult.of(recs, DocsSource.ONLINE);
    } catch (DocsFetchException e) {
      return cached.filter(c -> e.mayFallBack()).flatMap(c -> fromCache(page, c, false))
          .orElse(DocsResult.failure(e.error()));
    }
  }

  private static Optional<DocsResult<Recommendations>> fromCache(String page, DocsCache.Entry entry, boolean fresh) {
    try {
      return Optional.of(DocsResult.of(new Recommendations(page, RecommendationsApi.pages(entry.body())),
          fresh ? DocsSource.CACHE : DocsSource.STALE_CACHE));
    } catch (DocsFetchException unreadable) {
      return Optional.empty();
    }
  }

  // The API promises no exceptions: a bug becomes an INTERNAL_ERROR value, not a crash in the agent.
  private static <T> DocsResult<T> guarded(Supplier<DocsResult<T>> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      return DocsResult.failure(CommandError.of(ErrorCode.INTERNAL_ERROR, "the documentation client failed: " + e));
    }
  }
}
