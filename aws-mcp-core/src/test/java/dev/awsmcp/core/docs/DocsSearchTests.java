package dev.awsmcp.core.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.awsmcp.api.DocsClient;
import dev.awsmcp.api.docs.DocsResult;
import dev.awsmcp.api.docs.DocsSource;
import dev.awsmcp.api.docs.SearchFilters;
import dev.awsmcp.api.docs.SearchHit;
import dev.awsmcp.api.docs.SearchHits;
import dev.awsmcp.api.error.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching against a peer shaped like the AWS documentation search endpoint. */
class DocsSearchTests {
  private static DocsPeer peer;
  @TempDir Path cache;
  private DocsClient client;

  @BeforeAll
  static void start() {
    peer = new DocsPeer();
  }

  @AfterAll
  static void stop() {
    peer.close();
  }

  @BeforeEach
  void reset() {
    peer.server.resetAll();
    client = peer.client(cache).build();
  }

  private void answer(int status, String body) {
    peer.server.stubFor(post(urlPathEqualTo("/search"))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void hitsComeBackInOrderWithTheirSummariesAndSections() {
    answer(200, DocsPeer.resource("answers/search.json"));
    DocsResult<SearchHits> r = client.search("widget queue");
    assertEquals(Optional.of(DocsSource.ONLINE), r.source());
    List<SearchHit> hits = r.value().orElseThrow().hits();
    assertEquals(3, hits.size(), "the suggestion that is not a text excerpt is skipped");
    assertEquals(new SearchHit(1, "Making a widget queue", "https://docs.aws.amazon.com/widget/latest/dg/making-a-queue.html",
        Optional.of("A widget queue holds widgets until a consumer takes them."), List.of("Using the AWS CLI", "Quotas")), hits.get(0));
    assertEquals(Optional.of("Stores a widget."), hits.get(1).context(), "the suggestion body stands in for a missing summary");
    assertEquals(Optional.empty(), hits.get(2).context());
  }

  @Test
  void theRequestCarriesThePhraseTheDocsDomainAndTheFilters() {
    answer(200, DocsPeer.resource("answers/search.json"));
    client.search("widget queue", 5, new SearchFilters(List.of("Amazon Widget"), List.of("Developer Guide")));
    peer.server.verify(postRequestedFor(urlPathEqualTo("/search"))
        .withQueryParam("session", matching("[0-9a-f-]{36}"))
        .withRequestBody(equalToJson("{\"textQuery\": {\"input\": \"widget queue\"},"
            + " \"contextAttributes\": [{\"key\": \"domain\", \"value\": \"docs.aws.amazon.com\"},"
            + " {\"key\": \"aws-docs-search-product\", \"value\": \"Amazon Widget\"},"
            + " {\"key\": \"aws-docs-search-guide\", \"value\": \"Developer Guide\"}],"
            + " \"acceptSuggestionBody\": \"RawText\", \"locales\": [\"en_us\"]}")));
  }

  @Test
  void theLimitCutsTheHits() {
    answer(200, DocsPeer.resource("answers/search.json"));
    assertEquals(1, client.search("widget", 1, SearchFilters.none()).value().orElseThrow().hits().size());
  }

  @Test
  void aLimitOutsideOneToFiftyIsRefusedWithoutAsking() {
    assertEquals(ErrorCode.OUT_OF_RANGE, client.search("widget", 51, SearchFilters.none()).error().orElseThrow().code());
    assertEquals(ErrorCode.OUT_OF_RANGE, client.search("widget", 0, SearchFilters.none()).error().orElseThrow().code());
    assertEquals(ErrorCode.MISSING_VALUE, client.search("  ").error().orElseThrow().code());
    peer.server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aMalformedAnswerIsReportedAndNotCached() {
    answer(200, "<html>maintenance</html>");
    assertEquals(ErrorCode.MALFORMED_RESPONSE, client.search("widget").error().orElseThrow().code());
    answer(200, "{\"results\": []}");
    assertEquals(ErrorCode.MALFORMED_RESPONSE, client.search("widget").error().orElseThrow().code());
    answer(200, DocsPeer.resource("answers/search.json"));
    assertEquals(Optional.of(DocsSource.ONLINE), client.search("widget").source(), "nothing malformed was cached");
  }

  @Test
  void throttlingAndServerErrorsSayTheDocsAreUnavailable() {
    answer(429, "{\"message\": \"Too Many Requests\"}");
    DocsResult<SearchHits> throttled = client.search("widget");
    assertEquals(ErrorCode.DOCS_UNAVAILABLE, throttled.error().orElseThrow().code());
    assertFalse(throttled.ok());
    answer(503, "");
    assertEquals(ErrorCode.DOCS_UNAVAILABLE, client.search("widget").error().orElseThrow().code());
  }

  @Test
  void aSlowEndpointTimesOut() {
    peer.server.stubFor(post(urlPathEqualTo("/search"))
        .willReturn(aResponse().withStatus(200).withFixedDelay(3_000).withBody(DocsPeer.resource("answers/search.json"))));
    assertEquals(ErrorCode.TIMEOUT, client.search("widget").error().orElseThrow().code());
  }
}
