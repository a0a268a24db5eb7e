package dev.awsmcp.core.docs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.api.docs.Recommendation;
import dev.awsmcp.api.docs.Recommendation.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The AWS documentation recommendations endpoint's JSON answer: {@code highlyRated},
 * {@code journey} (grouped by intent), {@code new} and {@code similar} lists, each with
 * {@code items}. Lists the answer leaves out are empty. Stateless.
 */
final class RecommendationsApi {
  private RecommendationsApi() {}

  static List<Recommendation> pages(String answer) throws DocsFetchException {
    JsonNode root = SearchApi.parse(answer);
    List<Recommendation> out = new ArrayList<>();
    for (JsonNode item : items(root, "highlyRated")) {
      add(out, Kind.HIGHLY_RATED, item, text(item, "abstract"));
    }
    for (JsonNode group : items(root, "journey")) {
      Optional<String> intent = text(group, "intent").map(i -> "Intent: " + i);
      for (JsonNode item : group.path("urls")) {
        add(out, Kind.JOURNEY, item, intent);
      }
    }
    for (JsonNode item : items(root, "new")) {
      add(out, Kind.NEW, item, text(item, "dateCreated").map(d -> "New content added on " + d));
    }
    for (JsonNode item : items(root, "similar")) {
      add(out, Kind.SIMILAR, item, text(item, "abstract"));
    }
    return out;
  }

  private static JsonNode items(JsonNode root, String list) {
    return root.path(list).path("items");
  }

  private static void add(List<Recommendation> out, Kind kind, JsonNode item, Optional<String> context) {
    Optional<String> url = text(item, "url");
    if (url.isPresent()) {
      out.add(new Recommendation(kind, text(item, "assetTitle").orElse(url.get()), url.get(), context));
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText().strip()) : Optional.empty();
  }
}
