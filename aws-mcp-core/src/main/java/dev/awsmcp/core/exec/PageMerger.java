package dev.awsmcp.core.exec;

import dev.awsmcp.core.text.PythonJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.core.model.Paginator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Follows the pages of one paginated call and merges them as the AWS CLI prints them: botocore's
 * {@code PageIterator} with {@code build_full_result()}. The executor sends requests; this class
 * says which token values each request carries, whether another page is needed, and what the
 * merged answer is.
 *
 * <p>What botocore does, and so what this does:
 * <ul>
 *   <li>Result keys are merged across pages: lists appended, strings concatenated, numbers
 *       added; anything else keeps the first page's value. Only result keys, the non-aggregate
 *       keys and {@code NextToken} make up the merged answer; other members of the pages are
 *       dropped.
 *   <li>Non-aggregate keys come from the first page (null when the page lacks them).
 *   <li>{@code --max-items} counts items of the first (primary) result key. When the limit falls
 *       inside a page, the page is cut and {@code NextToken} holds the token that fetched that
 *       page plus {@code boto_truncate_amount}, the items of it already returned. When it falls
 *       on a page boundary, {@code NextToken} is the next page's token.
 *   <li>Resuming from a token with a truncate amount skips that many items of the first page's
 *       primary result key; when resuming from any token, the first page's other result keys are
 *       emptied (lists to [], strings to "", numbers kept), because the CLI already returned
 *       them.
 *   <li>Paging stops when {@code moreResults} is falsy or every output token is empty; a token
 *       equal to the previous page's is an error.
 * </ul>
 *
 * <p>Usage: {@link #start}, then for each request {@link #applyTokens} and {@link #accept} until
 * it returns false; then {@link #result()}. Not thread-safe: one instance per call.
 */
final class PageMerger {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<String> inputTokenNames;
  private final List<PaginatorPath> outputTokens;
  private final Optional<PaginatorPath> moreResults;
  private final List<PaginatorPath> resultKeys;
  private final List<PaginatorPath> nonAggregateKeys;
  private final PaginationToken startingToken;
  private final Integer maxItems;
  private final TokenBlobPaths blobPaths;

  private final ObjectNode merged = NODES.objectNode();
  // result keys whose merged list is this merger's own copy (the first page's list is shared)
  private final Set<PaginatorPath> ownedLists = new HashSet<>();
  private ObjectNode result;
  private final List<ObjectNode> pages = new ArrayList<>();
  // for each accepted page: the token values that fetched it, their blob paths, how many primary
  // items of the page were already returned before it (the starting token's amount) and how many
  // it added to the merged answer
  private final List<Map<String, JsonNode>> pageTokens = new ArrayList<>();
  private final List<List<List<Object>>> pageBlobPaths = new ArrayList<>();
  private final List<Integer> pageSkipped = new ArrayList<>();
  private final List<Integer> pageItems = new ArrayList<>();
  private ObjectNode nonAggregatePart = NODES.objectNode();
  private Map<String, JsonNode> nextToken;
  private List<List<Object>> nextTokenBlobPaths;
  private Map<String, JsonNode> previousNextToken;
  private int totalItems;
  private boolean done;
  private String resumeToken;

  /** Finds the blob values inside a token value; botocore marks them in the encoded token. */
  interface TokenBlobPaths {
    /** Paths inside {@code value} (names and list indexes) whose values are blobs. */
    List<List<Object>> blobPaths(String inputToken, JsonNode value);

    TokenBlobPaths NONE = (name, value) -> List.of();
  }

  private PageMerger(Paginator paginator, PaginationToken startingToken, Integer maxItems, TokenBlobPaths blobPaths) {
    this.inputTokenNames = paginator.inputTokens();
    this.outputTokens = paths(paginator.outputTokens());
    this.moreResults = paginator.moreResults().map(PaginatorPath::of);
    this.resultKeys = paths(paginator.resultKeys());
    this.nonAggregateKeys = paths(paginator.nonAggregateKeys());
    this.startingToken = startingToken;
    this.maxItems = maxItems;
    this.blobPaths = blobPaths;
    Map<String, JsonNode> initial = new LinkedHashMap<>();
    if (startingToken != null) {
      initial.putAll(startingToken.inputTokens());
    } else {
      inputTokenNames.forEach(name -> initial.put(name, NODES.nullNode()));
    }
    this.nextToken = initial;
    this.nextTokenBlobPaths = startingToken == null ? List.of() : startingToken.blobPaths();
  }

  /** Whether a paginator can be followed: botocore needs at least one result key. */
  static boolean supports(Paginator paginator) {
    return !paginator.resultKeys().isEmpty() && !paginator.inputTokens().isEmpty();
  }

  /**
   * Starts following pages.
   *
   * @param startingToken {@code --starting-token}, if given
   * @param maxItems {@code --max-items}, if given (values below 1 behave as in botocore, which
   *     the CLI warns are undefined)
   * @throws InvalidPaginationTokenException when the starting token is unusable
   * @throws IllegalArgumentException when the paginator is not {@linkplain #supports supported}
   */
  static PageMerger start(Paginator paginator, Optional<String> startingToken, OptionalInt maxItems) {
    return start(paginator, startingToken, maxItems, TokenBlobPaths.NONE);
  }

  static PageMerger start(Paginator paginator, Optional<String> startingToken, OptionalInt maxItems,
      TokenBlobPaths blobPaths) {
    Objects.requireNonNull(paginator, "paginator");
    if (!supports(paginator)) {
      throw new IllegalArgumentException("the paginator has no result key or input token; send the request once");
    }
    PaginationToken token = startingToken.map(t -> PaginationToken.decode(t, paginator.inputTokens())).orElse(null);
    return new PageMerger(paginator, token, maxItems.isPresent() ? maxItems.getAsInt() : null, blobPaths);
  }

  /**
   * The token members the next request carries: each input token is set to its value, or
   * removed from the request when it has none (as botocore, also for the text {@code "None"}).
   */
  void applyTokens(ObjectNode request) {
    for (Map.Entry<String, JsonNode> e : nextToken.entrySet()) {
      JsonNode v = e.getValue();
      if (v == null || v.isNull() || (v.isTextual() && v.textValue().equals("None"))) {
        request.remove(e.getKey());
      } else {
        request.set(e.getKey(), v.deepCopy());
      }
    }
  }

  /** The input token values of the next request, in order; nulls are members to leave out. */
  Map<String, JsonNode> nextInputTokens() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(nextToken));
  }

  /**
   * Takes the answer to the request made after {@link #applyTokens}; the page may be changed
   * (cut to {@code --max-items}). Returns whether another page must be fetched.
   *
   * @throws RepeatedPaginationTokenException when the service sent the previous token again
   */
  boolean accept(ObjectNode page) {
    if (done) {
      throw new IllegalStateException("no more pages were asked for");
    }
    boolean first = pages.isEmpty();
    int startingTruncation = 0;
    PaginatorPath primary = resultKeys.get(0);
    if (first) {
      if (startingToken != null) {
        startingTruncation = skipAlreadyReturned(page, primary);
      }
      recordNonAggregateKeys(page);
    }
    JsonNode current = primary.search(page);
    int count = current == null ? 0 : PythonSlices.length(current);
    pageTokens.add(new LinkedHashMap<>(nextToken));
    pageBlobPaths.add(nextTokenBlobPaths);
    pageSkipped.add(startingTruncation);
    int truncateAmount = maxItems == null ? 0 : totalItems + count - maxItems;
    if (truncateAmount > 0) {
      int keep = count - truncateAmount;
      primary.set(page, PythonSlices.head(current == null ? NODES.arrayNode() : current, keep));
      pageItems.add(Math.max(0, Math.min(count, keep)));
      resumeToken = PaginationToken.of(nextToken, keep + startingTruncation, nextTokenBlobPaths).encode();
      return finish(page);
    }
    totalItems += count;
    pageItems.add(count);
    Map<String, JsonNode> next = nextTokenOf(page);
    if (next.values().stream().allMatch(v -> v == null || v.isNull())) {
      return finish(page);
    }
    if (maxItems != null && totalItems == maxItems) {
      resumeToken = PaginationToken.of(next, null, blobPathsOf(next)).encode();
      return finish(page);
    }
    if (previousNextToken != null && previousNextToken.equals(next)) {
      done = true;
      throw new RepeatedPaginationTokenException("the service sent the same next token twice: "
          + PythonJson.compact(asObject(next)) + "; paging stopped to avoid a loop");
    }
    merge(page);
    nextToken = next;
    nextTokenBlobPaths = blobPathsOf(next);
    previousNextToken = next;
    return true;
  }

  private boolean finish(ObjectNode page) {
    merge(page);
    done = true;
    return false;
  }

  /**
   * The merged answer as the CLI prints it (before {@code --query}), with {@code NextToken} when
   * cut. Ask once the last page is in; it may share items with {@link #pages()}, so neither is
   * to be changed by the caller.
   */
  ObjectNode result() {
    if (result == null) {
      mergeDicts(merged, nonAggregatePart);
      if (resumeToken != null) {
        merged.put("NextToken", resumeToken);
      }
      result = merged;
    }
    return result;
  }

  /** The token that continues after the last item returned, when {@code --max-items} cut the answer. */
  Optional<String> nextToken() {
    return Optional.ofNullable(resumeToken);
  }

  /**
   * Where the merged answer's items can be continued from, for a caller that shows only the
   * first items of the primary result key (the response size cap). Empty when nothing was merged.
   */
  Optional<ResultContinuation> continuation() {
    if (pages.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ResultContinuation(resultKeys.get(0).expression(), this::tokenAfter));
  }

  // The token resuming right after the first `kept` items of the merged primary result key:
  // the token that fetched the page holding the next item, with the items of that page before
  // it as boto_truncate_amount (none at a page boundary, as botocore writes it).
  private Optional<String> tokenAfter(int kept) {
    int before = 0;
    for (int p = 0; p < pages.size(); p++) {
      int items = pageItems.get(p);
      if (kept < before + items) {
        int offset = kept - before + pageSkipped.get(p);
        return Optional.of(PaginationToken.of(pageTokens.get(p), offset, pageBlobPaths.get(p)).encode());
      }
      before += items;
      if (kept == before && p + 1 < pages.size()) {
        // a page boundary: botocore hands out the next page's token as it is
        return Optional.of(PaginationToken.of(pageTokens.get(p + 1), null, pageBlobPaths.get(p + 1)).encode());
      }
    }
    return nextToken();
  }

  /** Whether {@link #accept} has seen the last page it will take. */
  boolean isDone() {
    return done;
  }

  /**
   * The pages as accepted (after {@code --max-items} cuts), for formats that print page by page
   * ({@code --output text} and {@code yaml-stream} with pagination).
   */
  List<ObjectNode> pages() {
    return Collections.unmodifiableList(pages);
  }

  /**
   * What the CLI's text format prints, one document per page: the page's result keys (the first
   * also with the non-aggregate keys) and, when cut, a last {@code {"NextToken": {"NextToken": t}}}.
   * {@code --query} applies to each document separately, as in the CLI.
   */
  List<ObjectNode> textDocuments() {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      ObjectNode doc = i == 0 ? nonAggregatePart.deepCopy() : NODES.objectNode();
      for (PaginatorPath key : resultKeys) {
        JsonNode v = key.search(pages.get(i));
        key.set(doc, v == null ? null : v.deepCopy());
      }
      out.add(doc);
    }
    if (resumeToken != null) {
      ObjectNode token = NODES.objectNode();
      token.putObject("NextToken").put("NextToken", resumeToken);
      out.add(token);
    }
    return out;
  }

  // botocore's _handle_first_request: cut the items a previous answer already returned, and
  // empty the other result keys, which that answer also carried.
  private int skipAlreadyReturned(ObjectNode page, PaginatorPath primary) {
    int skip = startingToken.truncateAmount();
    JsonNode all = primary.search(page);
    primary.set(page, all != null && (all.isArray() || all.isTextual()) ? PythonSlices.tail(all, skip) : null);
    for (PaginatorPath key : resultKeys.subList(1, resultKeys.size())) {
      JsonNode sample = key.search(page);
      JsonNode empty;
      if (sample != null && sample.isArray()) {
        empty = NODES.arrayNode();
      } else if (sample != null && sample.isTextual()) {
        empty = TextNode.valueOf("");
      } else if (sample != null && sample.isNumber()) {
        empty = sample;
      } else {
        empty = null;
      }
      key.set(page, empty);
    }
    return skip;
  }

  private void recordNonAggregateKeys(ObjectNode page) {
    ObjectNode part = NODES.objectNode();
    for (PaginatorPath key : nonAggregateKeys) {
      JsonNode v = key.search(page);
      key.set(part, v == null ? null : v.deepCopy());
    }
    nonAggregatePart = part;
  }

  // botocore's _get_next_token: Python truthiness decides whether a token counts.
  private Map<String, JsonNode> nextTokenOf(ObjectNode page) {
    Map<String, JsonNode> next = new LinkedHashMap<>();
    if (moreResults.isPresent() && !PythonTruth.isTrue(moreResults.get().search(page))) {
      return next;
    }
    for (int i = 0; i < outputTokens.size() && i < inputTokenNames.size(); i++) {
      JsonNode v = outputTokens.get(i).search(page);
      next.put(inputTokenNames.get(i), PythonTruth.isTrue(v) ? v.deepCopy() : NODES.nullNode());
    }
    return next;
  }

  private List<List<Object>> blobPathsOf(Map<String, JsonNode> tokens) {
    List<List<Object>> blobs = new ArrayList<>();
    tokens.forEach((name, value) -> {
      if (value != null && !value.isNull()) {
        for (List<Object> path : blobPaths.blobPaths(name, value)) {
          List<Object> full = new ArrayList<>();
          full.add(name);
          full.addAll(path);
          blobs.add(full);
        }
      }
    });
    return blobs;
  }

  // build_full_result for one page: the first value of a key is taken as is, later lists are
  // appended, strings concatenated and numbers added.
  private void merge(ObjectNode page) {
    pages.add(page);
    for (PaginatorPath key : resultKeys) {
      JsonNode value = key.search(page);
      if (value == null) {
        continue;
      }
      JsonNode existing = key.search(merged);
      if (existing == null) {
        // A page's list is taken as it is and copied (shallowly) only when a later page appends
        // to it, so the pages stay as the service sent them: text output prints them one by one.
        // Nothing changes items once merged.
        key.set(merged, value.isArray() ? value : value.deepCopy());
      } else if (value.isArray() && existing.isArray()) {
        ArrayNode own = ownedLists.contains(key) ? (ArrayNode) existing : NODES.arrayNode().addAll((ArrayNode) existing);
        ownedLists.add(key);
        key.set(merged, own.addAll((ArrayNode) value));
      } else if (value.isArray()) {
        // Python would extend whatever the existing value is; only a list can be extended
        throw new IllegalStateException("result key " + key + " is a list on one page but not on another");
      } else if (value.isNumber() || value.isTextual()) {
        key.set(merged, PythonSlices.plus(existing, value));
      }
    }
  }

  // botocore.utils.merge_dicts: nested objects merged, anything else overwritten.
  private static void mergeDicts(ObjectNode into, ObjectNode from) {
    from.fields().forEachRemaining(e -> {
      JsonNode there = into.get(e.getKey());
      if (e.getValue().isObject() && there != null && there.isObject()) {
        mergeDicts((ObjectNode) there, (ObjectNode) e.getValue());
      } else {
        into.set(e.getKey(), e.getValue().deepCopy());
      }
    });
  }

  private static ObjectNode asObject(Map<String, JsonNode> tokens) {
    ObjectNode o = NODES.objectNode();
    tokens.forEach(o::set);
    return o;
  }

  private static List<PaginatorPath> paths(List<String> expressions) {
    List<PaginatorPath> out = new ArrayList<>();
    expressions.forEach(e -> out.add(PaginatorPath.of(e)));
    return List.copyOf(out);
  }
}
