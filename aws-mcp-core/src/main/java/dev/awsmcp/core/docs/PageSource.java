package dev.awsmcp.core.docs;

import dev.awsmcp.api.docs.DocsSource;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a whole page as Markdown, wherever it can come from: a model reference page for
 * {@code aws SERVICE OPERATION}; otherwise, for an allowed documentation address, the fresh cache,
 * the network, then a stale cached copy. Windows and sections are cut from what this finds.
 * Thread-safe.
 */
final class PageSource {
  private final DocsUrlPolicy policy;
  private final DocsHttp http;
  private final DocsCache cache;
  private final PageConverter converter;
  private final Optional<ModelReferencePage> reference;
  private final boolean offline;

  /** A page found: its canonical address, its content and where it came from. */
  record Loaded(String address, PageConverter.Converted page, DocsSource source) {}

  /** A page, or why there is none. */
  record Outcome(Optional<Loaded> loaded, Optional<CommandError> error) {
    <R> R map(Function<Loaded, R> onPage, Function<CommandError, R> onError) {
      return loaded.map(onPage).orElseGet(() -> onError.apply(error.orElseThrow()));
    }

    static Outcome of(Loaded l) {
      return new Outcome(Optional.of(l), Optional.empty());
    }

    static Outcome failure(CommandError e) {
      return new Outcome(Optional.empty(), Optional.of(e));
    }
  }

  PageSource(DocsUrlPolicy policy, DocsHttp http, DocsCache cache, PageConverter converter,
      Optional<ModelReferencePage> reference, boolean offline) {
    this.policy = policy;
    this.http = http;
    this.cache = cache;
    this.converter = converter;
    this.reference = reference;
    this.offline = offline;
  }

  Outcome load(String address) {
    if (address == null || address.isBlank()) {
      return Outcome.failure(CommandError.of(ErrorCode.MISSING_VALUE, "give the page to read"));
    }
    if (ModelReferencePage.isCommand(address)) {
      return fromModels(address.strip().replaceAll("\\s+", " "));
    }
    DocsUrlPolicy.Verdict verdict = policy.check(address);
    if (verdict.page().isEmpty()) {
      return Outcome.failure(CommandError.of(ErrorCode.DOCS_URL_REFUSED, verdict.refusal()));
    }
    URI page = verdict.page().get();
    String key = page.toString();
    Optional<DocsCache.Entry> cached = cache.get("page", key);
    if (cached.isPresent() && (offline || cache.isFresh(cached.get()))) {
      return Outcome.of(fromCache(key, cached.get(), cache.isFresh(cached.get())));
    }
    if (offline) {
      return Outcome.failure(CommandError.of(ErrorCode.DOCS_UNAVAILABLE, "offline, and " + key + " is not cached;"
          + " an operation's reference page is read offline as: aws SERVICE OPERATION"));
    }
    try {
      DocsHttp.Answer answer = http.page(page, policy);
      PageConverter.Converted converted = converter.page(answer.body(), answer.page().toString());
      cache.put("page", key, converted.title(), converted.markdown());
      return Outcome.of(new Loaded(key, converted, DocsSource.ONLINE));
    } catch (DocsFetchException e) {
      if (cached.isPresent() && e.mayFallBack()) {
        return Outcome.of(fromCache(key, cached.get(), false));
      }
      return Outcome.failure(e.error());
    }
  }

  private Outcome fromModels(String command) {
    if (reference.isEmpty()) {
      return Outcome.failure(CommandError.of(ErrorCode.DOCS_NOT_FOUND, "no local models to write " + command + " from"));
    }
    try {
      return Outcome.of(new Loaded(command, reference.get().render(command), DocsSource.OFFLINE_MODELS));
    } catch (DocsFetchException e) {
      return Outcome.failure(e.error());
    }
  }

  private static Loaded fromCache(String key, DocsCache.Entry entry, boolean fresh) {
    return new Loaded(key, new PageConverter.Converted(entry.title(), entry.body()),
        fresh ? DocsSource.CACHE : DocsSource.STALE_CACHE);
  }
}
