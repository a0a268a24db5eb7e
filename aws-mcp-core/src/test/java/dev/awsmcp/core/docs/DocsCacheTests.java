package dev.awsmcp.core.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmcp.api.DocsClient;
import dev.awsmcp.api.docs.DocsSource;
import dev.awsmcp.api.error.ErrorCode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk cache: fresh hits spare the network, stale copies stand in when it fails. */
class DocsCacheTests {
  private static final String PAGE = "https://docs.aws.amazon.com/widget/latest/dg/quotas.html";
  private static final String PATH = "/widget/latest/dg/quotas.html";
  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
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

  private DocsClient clientAt(Instant now) {
    return peer.client(cache).cacheTtl(Duration.ofHours(1)).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
  }

  private static void servePage(int status) {
    peer.server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
        .withBody(status == 200 ? DocsPeer.resource("pages/quotas-tables.html") : "")));
  }

  @Test
  void aFreshCachedPageIsServedWithoutAskingAgain() {
    servePage(200);
    assertEquals(Optional.of(DocsSource.ONLINE), clientAt(T0).read(PAGE).source());
    assertEquals(Optional.of(DocsSource.CACHE), clientAt(T0.plusSeconds(60)).read(PAGE).source(),
        "a new client over the same directory finds the page");
    peer.server.verify(1, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void anExpiredPageIsFetchedAgainWhenTheNetworkWorks() {
    servePage(200);
    clientAt(T0).read(PAGE);
    assertEquals(Optional.of(DocsSource.ONLINE), clientAt(T0.plus(Duration.ofHours(2))).read(PAGE).source());
    peer.server.verify(2, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void anExpiredPageIsServedStaleWhenTheNetworkFails() {
    servePage(200);
    String markdown = clientAt(T0).read(PAGE).value().orElseThrow().markdown();
    servePage(503);
    var stale = clientAt(T0.plus(Duration.ofHours(2))).read(PAGE);
    assertEquals(Optional.of(DocsSource.STALE_CACHE), stale.source());
    assertEquals(markdown, stale.value().orElseThrow().markdown());
    assertEquals(Optional.of("Widget quotas - Amazon Widget Service"), stale.value().orElseThrow().title());
  }

  @Test
  void aPageThatNoLongerExistsIsNotServedFromTheCache() {
    servePage(200);
    clientAt(T0).read(PAGE);
    servePage(404);
    assertEquals(ErrorCode.DOCS_NOT_FOUND, clientAt(T0.plus(Duration.ofHours(2))).read(PAGE).error().orElseThrow().code());
  }

  @Test
  void aStaleSearchStandsInWhenTheSearchEndpointFails() {
    peer.server.stubFor(post(urlPathEqualTo("/search"))
        .willReturn(aResponse().withStatus(200).withBody(DocsPeer.resource("answers/search.json"))));
    clientAt(T0).search("widget queue");
    peer.server.stubFor(post(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(500)));
    var stale = clientAt(T0.plus(Duration.ofHours(2))).search("widget queue");
    assertEquals(Optional.of(DocsSource.STALE_CACHE), stale.source());
    assertEquals(3, stale.value().orElseThrow().hits().size());
  }

  @Test
  void theCachedPageIsReadOfflineWithoutTheNetwork() {
    servePage(200);
    clientAt(T0).read(PAGE);
    peer.server.resetAll();
    DocsClient offline = peer.client(cache).offline(true).clock(Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC)).build();
    assertEquals(Optional.of(DocsSource.STALE_CACHE), offline.read(PAGE).source());
    assertEquals(ErrorCode.DOCS_UNAVAILABLE,
        offline.read("https://docs.aws.amazon.com/widget/latest/dg/other.html").error().orElseThrow().code());
    peer.server.verify(0, getRequestedFor(urlEqualTo(PATH)));
  }
}
