package dev.awsmcp.core.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmcp.api.docs.DocsSource;
import dev.awsmcp.api.docs.Recommendation;
import dev.awsmcp.api.docs.Recommendation.Kind;
import dev.awsmcp.api.error.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recommendations from a peer shaped like the content recommendations endpoint. */
class DocsRecommendTests {
  private static final String PAGE = "https://docs.aws.amazon.com/widget/latest/dg/making-a-queue.html";
  private static DocsPeer peer;
  @TempDir Path cache;

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
  }

  @Test
  void everyListOfTheAnswerIsReadWithItsContext() {
    peer.server.stubFor(get(urlPathEqualTo("/v1/recommendations")).withQueryParam("path", equalTo(PAGE))
        .willReturn(aResponse().withStatus(200).withBody(DocsPeer.resource("answers/recommendations.json"))));
    var r = peer.client(cache).build().recommend(PAGE);
    assertEquals(Optional.of(DocsSource.ONLINE), r.source());
    assertEquals(List.of(
        new Recommendation(Kind.HIGHLY_RATED, "Widget consumers", "https://docs.aws.amazon.com/widget/latest/dg/consumers.html",
            Optional.of("How consumers take widgets.")),
        new Recommendation(Kind.JOURNEY, "Security in Widget", "https://docs.aws.amazon.com/widget/latest/dg/security.html",
            Optional.of("Intent: Secure")),
        new Recommendation(Kind.NEW, "FIFO widget queues", "https://docs.aws.amazon.com/widget/latest/dg/fifo.html",
            Optional.of("New content added on 2026-10-01")),
        new Recommendation(Kind.SIMILAR, "Dead-letter queues", "https://docs.aws.amazon.com/widget/latest/dg/dead-letter.html",
            Optional.empty())),
        r.value().orElseThrow().pages());
  }

  @Test
  void anAnswerWithoutListsHasNoRecommendationsAndOneThatIsNotJsonIsMalformed() {
    peer.server.stubFor(get(urlPathEqualTo("/v1/recommendations")).willReturn(aResponse().withStatus(200).withBody("{}")));
    assertEquals(List.of(), peer.client(cache).build().recommend(PAGE).value().orElseThrow().pages());
    peer.server.stubFor(get(urlPathEqualTo("/v1/recommendations")).willReturn(aResponse().withStatus(200).withBody("[1, 2")));
    assertEquals(ErrorCode.MALFORMED_RESPONSE,
        peer.client(cache.resolve("other")).build().recommend(PAGE).error().orElseThrow().code());
  }

  @Test
  void offlineThereAreNoRecommendations() {
    assertEquals(ErrorCode.DOCS_UNAVAILABLE, peer.client(cache).offline(true).build().recommend(PAGE).error().orElseThrow().code());
  }
}
