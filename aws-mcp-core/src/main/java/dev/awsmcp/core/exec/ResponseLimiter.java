package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.api.exec.Truncation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Caps what goes back to an agent. The size of a response is the length of its compact JSON
 * ({@link CompactJsonSize}); a response within the cap is returned unchanged (the same node).
 * A longer one is copied and shortened, always to valid JSON, in this order, stopping as soon as
 * it fits:
 * <ol>
 *   <li>the longest lists with two or more items are cut from the end, keeping one; when that
 *       is the primary result list of a merged paginated answer, its {@code NextToken} is
 *       replaced by the token that resumes right after the last item kept;
 *   <li>long strings are shortened to a common length and marked {@code …[+N chars]};
 *   <li>members of the largest objects are dropped from the end (never the answer's
 *       {@code NextToken});
 *   <li>the remaining one-item lists are emptied, largest first;
 *   <li>the answer becomes the smallest value of its kind: {@code {}} (with {@code NextToken}
 *       when that fits), {@code []} or {@code ""}.
 * </ol>
 * The result never exceeds the cap, except when the cap is below that smallest value (2
 * characters, or a number, boolean or null, which are never changed): then the smallest value is
 * returned and {@link Truncation#returnedChars()} shows it is over. Stateless.
 */
final class ResponseLimiter {
  /** The default cap: 100,000 characters of compact JSON, about 25,000 tokens for a model. */
  static final int DEFAULT_MAX_CHARS = 100_000;
  private static final String NEXT_TOKEN = "NextToken";
  // strings at or below this length are left alone: cutting them saves little and loses meaning
  private static final int SHORT_STRING = 16;

  /**
   * The response to hand back and, when it was shortened, how.
   *
   * @param continuationToken when the primary result list was cut: the {@code --starting-token}
   *     that resumes right after its last item shown (also the response's {@code NextToken});
   *     it replaces the merged answer's own token as the call's pagination token
   */
  record Limited(JsonNode response, Optional<Truncation> truncation, Optional<String> continuationToken) {}

  private ResponseLimiter() {}

  static Limited limit(JsonNode response) {
    return limit(response, DEFAULT_MAX_CHARS, Optional.empty());
  }

  /**
   * @param maxChars the cap, at least 1
   * @param continuation for a merged paginated answer that {@code --query} did not reshape, where
   *     its items continue ({@link PageMerger#continuation()}); empty otherwise
   */
  static Limited limit(JsonNode response, int maxChars, Optional<ResultContinuation> continuation) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1: " + maxChars);
    }
    long original = CompactJsonSize.of(response);
    if (original <= maxChars) {
      return new Limited(response, Optional.empty(), Optional.empty());
    }
    Cut cut = new Cut(response.deepCopy(), maxChars, continuation);
    cut.run();
    long returned = CompactJsonSize.of(cut.root);
    boolean primaryCut = cut.primary != null && cut.primary.size() < cut.primaryTotal;
    return new Limited(cut.root, Optional.of(cut.summary(original, returned).truncation()),
        Optional.ofNullable(primaryCut ? cut.token : null));
  }

  /** One shortening: the working copy and what was done to it. */
  private static final class Cut {
    JsonNode root;
    final int max;
    final Optional<ResultContinuation> continuation;
    ArrayNode primary;
    int primaryTotal;
    JsonNode originalToken;
    String token;
    int listsCut;
    int stringsCut;
    int membersCut;
    boolean collapsed;

    Cut(JsonNode root, int max, Optional<ResultContinuation> continuation) {
      this.root = root;
      this.max = max;
      this.continuation = continuation;
    }

    long size() {
      return CompactJsonSize.of(root);
    }

    void run() {
      findPrimary();
      while (size() > max && cutLongestList()) {
        // one list at a time, largest first
      }
      if (size() > max) {
        shortenStrings();
      }
      while (size() > max && dropMembers()) {
        // one object at a time, largest first
      }
      while (size() > max && emptyOneItemList()) {
        listsCut++;
      }
      if (size() > max) {
        collapse();
      }
    }

    private void findPrimary() {
      if (continuation.isEmpty() || !root.isObject()) {
        return;
      }
      JsonNode list = at(root, continuation.get().primaryResultKey());
      if (list != null && list.isArray()) {
        primary = (ArrayNode) list;
        primaryTotal = primary.size();
        originalToken = root.get(NEXT_TOKEN);
      }
    }

    // The primary list keeps the longest prefix that fits together with its continuation token.
    private void cutPrimary() {
      long[] prefix = new long[primaryTotal + 1];
      for (int i = 0; i < primaryTotal; i++) {
        prefix[i + 1] = prefix[i] + CompactJsonSize.of(primary.get(i));
      }
      long base = size() - sizeOfNextToken();
      int lo = 1;
      int hi = primaryTotal;
      // largest k whose answer fits: sizes grow with k (the token's length barely changes)
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (sizeWith(base, prefix, mid) <= max) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      keepPrimary(lo);
    }

    private long sizeWith(long base, long[] prefix, int k) {
      long dropped = prefix[primaryTotal] - prefix[k] + (primaryTotal - k);
      Optional<String> t = tokenFor(k);
      long tokenMember = t.map(s -> CompactJsonSize.string(NEXT_TOKEN) + 1 + CompactJsonSize.string(s)
          + (hasOtherMembers() ? 1 : 0)).orElse(0L);
      return base - dropped + tokenMember;
    }

    // With every item kept the answer's own NextToken stays whatever it is (the executor may
    // have set one when it stopped paging early); otherwise the token after the k-th item.
    private Optional<String> tokenFor(int k) {
      if (k >= primaryTotal) {
        JsonNode own = originalToken;
        return own == null || !own.isTextual() ? Optional.empty() : Optional.of(own.textValue());
      }
      return continuation.get().tokenAfter().apply(k);
    }

    private boolean hasOtherMembers() {
      int others = root.size() - (root.has(NEXT_TOKEN) ? 1 : 0);
      return others > 0;
    }

    // The NextToken member with its comma, as it stands.
    private long sizeOfNextToken() {
      JsonNode t = root.get(NEXT_TOKEN);
      if (t == null) {
        return 0;
      }
      return CompactJsonSize.string(NEXT_TOKEN) + 1 + CompactJsonSize.of(t) + (root.size() > 1 ? 1 : 0);
    }

    private void keepPrimary(int k) {
      while (primary.size() > k) {
        primary.remove(primary.size() - 1);
      }
      token = tokenFor(k).orElse(null);
      ObjectNode top = (ObjectNode) root;
      top.remove(NEXT_TOKEN);
      if (token != null) {
        top.put(NEXT_TOKEN, token);
      }
    }

    // Steps 1 and 2: the largest list with two or more items loses items from its end, keeping
    // one; when that is the primary list, its token follows.
    private boolean cutLongestList() {
      ArrayNode largest = largest(root, ArrayNode.class, 2);
      if (largest == null) {
        return false;
      }
      if (largest == primary) {
        cutPrimary();
        return true;
      }
      listsCut++;
      long excess = size() - max;
      while (excess > 0 && largest.size() > 1) {
        excess -= CompactJsonSize.of(largest.get(largest.size() - 1)) + 1;
        largest.remove(largest.size() - 1);
      }
      return true;
    }

    // Step 3: the longest common length for long strings that lets the answer fit.
    private void shortenStrings() {
      List<StringSlot> slots = new ArrayList<>();
      collectStrings(root, null, null, -1, slots);
      if (slots.isEmpty()) {
        return;
      }
      int longest = 0;
      for (StringSlot s : slots) {
        longest = Math.max(longest, s.original.length());
      }
      int lo = 0;
      int hi = longest;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        applyLength(slots, mid);
        if (size() <= max) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      stringsCut = applyLength(slots, lo);
    }

    private int applyLength(List<StringSlot> slots, int length) {
      int cut = 0;
      for (StringSlot s : slots) {
        String text = s.original;
        String value = text;
        if (text.length() > length) {
          int end = length;
          if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
          }
          String shortened = text.substring(0, end) + "…[+" + (text.length() - end) + " chars]";
          if (shortened.length() < text.length()) {
            value = shortened;
            cut++;
          }
        }
        s.set(this, value);
      }
      return cut;
    }

    private void collectStrings(JsonNode node, JsonNode parent, String field, int index, List<StringSlot> out) {
      if (node.isTextual()) {
        boolean isToken = parent == root && NEXT_TOKEN.equals(field);
        if (!isToken && node.textValue().length() > SHORT_STRING) {
          out.add(new StringSlot(parent, field, index, node.textValue()));
        }
      } else if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          collectStrings(e.getValue(), node, e.getKey(), -1, out);
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          collectStrings(node.get(i), node, null, i, out);
        }
      }
    }

    // Step 4: the largest object loses members from its end (the answer's NextToken stays).
    private boolean dropMembers() {
      ObjectNode largest = largest(root, ObjectNode.class, 1);
      if (largest == null) {
        return false;
      }
      List<String> names = new ArrayList<>();
      largest.fieldNames().forEachRemaining(names::add);
      boolean dropped = false;
      long excess = size() - max;
      for (int i = names.size() - 1; i >= 0 && excess > 0; i--) {
        if (largest == root && NEXT_TOKEN.equals(names.get(i))) {
          continue;
        }
        JsonNode value = largest.remove(names.get(i));
        excess -= CompactJsonSize.string(names.get(i)) + 1 + CompactJsonSize.of(value) + (largest.size() > 0 ? 1 : 0);
        membersCut++;
        dropped = true;
      }
      if (primary != null && primary.size() > 0 && at(root, continuation.get().primaryResultKey()) != primary) {
        // the primary list itself was left out: continue from its first item
        keepPrimary(0);
      }
      return dropped;
    }

    // Step 5: a one-item list is emptied; the primary list's token follows.
    private boolean emptyOneItemList() {
      ArrayNode largest = largest(root, ArrayNode.class, 1);
      if (largest == null) {
        return false;
      }
      largest.removeAll();
      if (largest == primary) {
        keepPrimary(0);
      }
      return true;
    }

    // Step 6: the smallest value of the answer's kind.
    private void collapse() {
      collapsed = true;
      if (primary != null && root.isObject()) {
        keepPrimary(0);
      }
      if (root.isObject()) {
        ObjectNode small = JsonNodeFactory.instance.objectNode();
        JsonNode t = root.get(NEXT_TOKEN);
        if (t != null) {
          small.set(NEXT_TOKEN, t);
          if (CompactJsonSize.of(small) > max) {
            small.remove(NEXT_TOKEN);
          }
        }
        root = small;
      } else if (root.isArray()) {
        root = JsonNodeFactory.instance.arrayNode();
      } else if (root.isTextual()) {
        root = TextNode.valueOf("");
      }
    }

    // The container of this kind with at least `minItems` entries whose JSON is longest; the
    // root object is a candidate only for member dropping.
    private <T extends JsonNode> T largest(JsonNode node, Class<T> kind, int minItems) {
      Best<T> best = new Best<>();
      visit(node, kind, minItems, best);
      return best.node;
    }

    // One bottom-up pass: returns the node's size and notes the largest candidate on the way.
    private <T extends JsonNode> long visit(JsonNode node, Class<T> kind, int minItems, Best<T> best) {
      if (!node.isContainerNode()) {
        return CompactJsonSize.of(node);
      }
      long size = 2 + Math.max(0, node.size() - 1);
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          size += CompactJsonSize.string(e.getKey()) + 1 + visit(e.getValue(), kind, minItems, best);
        }
      } else {
        for (JsonNode child : node) {
          size += visit(child, kind, minItems, best);
        }
      }
      if (kind.isInstance(node) && countable(node) >= minItems && size > best.size) {
        best.size = size;
        best.node = kind.cast(node);
      }
      return size;
    }

    private int countable(JsonNode node) {
      if (node == root && node.isObject() && node.has(NEXT_TOKEN)) {
        return node.size() - 1;
      }
      return node.size();
    }

    TruncationHint summary(long original, long returned) {
      boolean primaryCut = primary != null && primary.size() < primaryTotal;
      return new TruncationHint(original, returned, max,
          primaryCut ? Optional.of(continuation.get().primaryResultKey()) : Optional.empty(),
          primaryCut ? primary.size() : 0, primaryTotal, Optional.ofNullable(primaryCut ? token : null),
          listsCut, stringsCut, membersCut, collapsed);
    }
  }

  private static final class Best<T> {
    T node;
    long size = -1;
  }

  /** Where a long string sits, so it can be replaced in place. */
  private static final class StringSlot {
    final JsonNode parent;
    final String field;
    final int index;
    final String original;

    StringSlot(JsonNode parent, String field, int index, String original) {
      this.parent = parent;
      this.field = field;
      this.index = index;
      this.original = original;
    }

    void set(Cut cut, String value) {
      if (parent == null) {
        cut.root = TextNode.valueOf(value);
      } else if (parent.isObject()) {
        ((ObjectNode) parent).put(field, value);
      } else {
        ((ArrayNode) parent).set(index, TextNode.valueOf(value));
      }
    }
  }

  // A dotted member path inside an object.
  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String name : path.split("\\.")) {
      node = node == null ? null : node.get(name);
    }
    return node;
  }
}
