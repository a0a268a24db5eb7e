package dev.awsmcp.core.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.DocsClient;
import dev.awsmcp.api.docs.DocsPage;
import dev.awsmcp.api.docs.DocsResult;
import dev.awsmcp.api.docs.DocsSource;
import dev.awsmcp.api.docs.PageSections;
import dev.awsmcp.api.error.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading pages from a peer that serves them under docs.aws.amazon.com's paths. */
class DocsReadTests {
  private static final String PAGE = "https://docs.aws.amazon.com/widget/latest/dg/making-a-queue.html";
  private static final String PATH = "/widget/latest/dg/making-a-queue.html";
  private static DocsPeer peer;
  private static DocsPeer elsewhere;
  @TempDir Path cache;
  private DocsClient client;

  @BeforeAll
  static void start() {
    peer = new DocsPeer();
    elsewhere = new DocsPeer();
  }

  @AfterAll
  static void stop() {
    peer.close();
    elsewhere.close();
  }

  @BeforeEach
  void reset() {
    peer.server.resetAll();
    elsewhere.server.resetAll();
    client = peer.client(cache).build();
  }

  private static void serve(String path, String html) {
    peer.server.stubFor(get(urlEqualTo(path))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=UTF-8").withBody(html)));
  }

  private static String expectedMarkdown() {
    return new PageConverter().page(DocsPeer.resource("pages/user-guide-procedure.html"), PAGE).markdown();
  }

  @Test
  void aPageIsReadAsMarkdownWithItsTitle() {
    serve(PATH, DocsPeer.resource("pages/user-guide-procedure.html"));
    DocsResult<DocsPage> r = client.read(PAGE);
    assertEquals(Optional.of(DocsSource.ONLINE), r.source());
    DocsPage page = r.value().orElseThrow();
    assertEquals(PAGE, page.url());
    assertEquals(Optional.of("Making a widget queue - Amazon Widget Service"), page.title());
    assertEquals(expectedMarkdown(), page.markdown());
    assertEquals(Optional.empty(), page.nextStartIndex());
  }

  @Test
  void windowsFollowedByTheirNextStartIndexAddUpToTheWholePage() {
    serve(PATH, DocsPeer.resource("pages/user-guide-procedure.html"));
    StringBuilder whole = new StringBuilder();
    Optional<Integer> next = Optional.of(0);
    int windows = 0;
    while (next.isPresent()) {
      DocsPage w = client.read(PAGE, next.get(), 200).value().orElseThrow();
      assertTrue(w.markdown().length() <= 200);
      whole.append(w.markdown());
      next = w.nextStartIndex();
      windows++;
    }
    assertEquals(expectedMarkdown(), whole.toString());
    assertTrue(windows > 2, "the page took " + windows + " windows");
  }

  @Test
  void aStartPastTheEndIsOutOfRange() {
    serve(PATH, DocsPeer.resource("pages/user-guide-procedure.html"));
    assertEquals(ErrorCode.OUT_OF_RANGE, client.read(PAGE, 1_000_000, 100).error().orElseThrow().code());
  }

  @Test
  void sectionsAreReadByTitleAndMissingOnesNamed() {
    serve(PATH, DocsPeer.resource("pages/user-guide-procedure.html"));
    PageSections s = client.readSections(PAGE, List.of("using the aws cli", "Pricing")).value().orElseThrow();
    assertEquals(1, s.sections().size());
    assertTrue(s.sections().get(0).markdown().startsWith("## Using the AWS CLI\n"), s.sections().get(0).markdown());
    assertTrue(s.sections().get(0).markdown().contains("\"QueueUrl\""));
    assertEquals(List.of("Pricing"), s.missing());
    assertTrue(s.available().contains("Making a widget queue"));
  }

  @Test
  void aMissingPageIsNotFound() {
    peer.server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)));
    assertEquals(ErrorCode.DOCS_NOT_FOUND, client.read(PAGE).error().orElseThrow().code());
  }

  @Test
  void aRedirectWithinTheDocumentationIsFollowed() {
    peer.server.stubFor(get(urlEqualTo("/widget/latest/dg/old.html"))
        .willReturn(aResponse().withStatus(301).withHeader("Location", "making-a-queue.html")));
    serve(PATH, DocsPeer.resource("pages/user-guide-procedure.html"));
    assertEquals(expectedMarkdown(), client.read("https://docs.aws.amazon.com/widget/latest/dg/old.html")
        .value().orElseThrow().markdown());
  }

  @Test
  void aRedirectToAnotherHostIsRefusedAndThatHostNeverAsked() {
    peer.server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(302)
        .withHeader("Location", elsewhere.origin() + "/latest/meta-data/")));
    assertEquals(ErrorCode.DOCS_URL_REFUSED, client.read(PAGE).error().orElseThrow().code());
    elsewhere.server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void addressesOutsideTheDocumentationAreNeverFetched() {
    for (String url : List.of(elsewhere.origin() + PATH, "http://docs.aws.amazon.com" + PATH, "https://127.0.0.1" + PATH,
        "https://example.com" + PATH)) {
      assertEquals(ErrorCode.DOCS_URL_REFUSED, client.read(url).error().orElseThrow().code(), url);
      assertEquals(ErrorCode.DOCS_URL_REFUSED, client.recommend(url).error().orElseThrow().code(), url);
    }
    peer.server.verify(0, anyRequestedFor(anyUrl()));
    elsewhere.server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aHugePageIsCutOffAtTheSizeCap() {
    serve(PATH, "<html><body><main>" + "<p>widget</p>".repeat(20_000) + "</main></body></html>");
    DocsClient small = peer.client(cache).maxResponseBytes(64 * 1024).build();
    var tooLarge = small.read(PAGE).error().orElseThrow();
    assertEquals(ErrorCode.RESPONSE_TOO_LARGE, tooLarge.code(), tooLarge.message());
  }

  @Test
  void aTricklingPageTimesOut() {
    peer.server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
        .withBody(DocsPeer.resource("pages/user-guide-procedure.html")).withChunkedDribbleDelay(20, 5_000)));
    assertEquals(ErrorCode.TIMEOUT, client.read(PAGE).error().orElseThrow().code());
  }
}
