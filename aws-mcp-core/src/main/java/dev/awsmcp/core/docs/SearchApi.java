package dev.awsmcp.core.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.docs.SearchFilters;
import dev.awsmcp.api.docs.SearchHit;
import dev.awsmcp.api.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The AWS documentation search endpoint's JSON: the request ({@code textQuery}, the docs domain,
 * product and guide filters as {@code contextAttributes}) and the answer's
 * {@code suggestions[].textExcerptSuggestion} entries. Stateless.
 */
final class SearchApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchApi() {}

  static String requestBody(String phrase, SearchFilters filters) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("textQuery").put("input", phrase);
    ArrayNode context = body.putArray("contextAttributes");
    context.addObject().put("key", "domain").put("value", DocsEndpoints.DOCS_HOST);
    filters.products().forEach(p -> context.addObject().put("key", "aws-docs-search-product").put("value", p));
    filters.guides().forEach(g -> context.addObject().put("key", "aws-docs-search-guide").put("value", g));
    body.put("acceptSuggestionBody", "RawText");
    body.putArray("locales").add("en_us");
    return body.toString();
  }

  /** The hits of an answer, at most {@code limit}; entries without a title or link are skipped. */
  static List<SearchHit> hits(String answer, int limit) throws DocsFetchException {
    JsonNode suggestions = parse(answer).path("suggestions");
    if (!suggestions.isArray()) {
      throw malformed("it has no suggestions list");
    }
    List<SearchHit> hits = new ArrayList<>();
    for (JsonNode s : suggestions) {
      JsonNode excerpt = s.path("textExcerptSuggestion");
      String title = excerpt.path("title").asText("");
      String link = excerpt.path("link").asText("");
      if (title.isBlank() || link.isBlank()) {
        continue;
      }
      Optional<String> context = text(excerpt.path("summary")).or(() -> text(excerpt.path("suggestionBody")));
      hits.add(new SearchHit(hits.size() + 1, title.strip(), link.strip(), context, sections(excerpt.path("metadata"))));
      if (hits.size() == limit) {
        break;
      }
    }
    return hits;
  }

  private static List<String> sections(JsonNode metadata) {
    JsonNode sections = metadata.path("sections");
    List<String> out = new ArrayList<>();
    if (sections.isTextual()) {
      out.add(sections.asText());
    } else if (sections.isArray()) {
      sections.forEach(s -> text(s.isObject() ? s.path("title") : s).ifPresent(out::add));
    }
    return out;
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
  }

  static JsonNode parse(String answer) throws DocsFetchException {
    try {
      JsonNode root = JSON.readTree(answer);
      if (root == null || !root.isObject()) {
        throw malformed("it is not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw malformed("it is not JSON");
    }
  }

  static DocsFetchException malformed(String why) {
    return new DocsFetchException(ErrorCode.MALFORMED_RESPONSE, "the documentation service's answer is unusable: " + why);
  }
}
