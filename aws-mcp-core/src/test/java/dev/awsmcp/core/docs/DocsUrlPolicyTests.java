package dev.awsmcp.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses the client may fetch: the guard against server-side request forgery. */
class DocsUrlPolicyTests {
  private final DocsUrlPolicy aws = new DocsUrlPolicy(DocsEndpoints.aws());
  private final DocsUrlPolicy mirror = new DocsUrlPolicy(DocsEndpoints.at(URI.create("http://127.0.0.1:9999")));

  @ParameterizedTest
  @ValueSource(strings = {
      "http://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html",
      "https://example.com/AmazonS3/latest/userguide/Welcome.html",
      "https://docs.aws.amazon.com.evil.example/x.html",
      "https://evil.example/docs.aws.amazon.com/x.html",
      "https://user:secret@docs.aws.amazon.com/x.html",
      "https://docs.aws.amazon.com@evil.example/x.html",
      "https://docs.aws.amazon.com:8443/x.html",
      "https://169.254.169.254/latest/meta-data/",
      "https://[::1]/x.html",
      "https://2130706433/x.html",
      "https://0x7f.0.0.1/x.html",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "/AmazonS3/latest/userguide/Welcome.html",
      "https://docs.aws.amazon.com/../../etc/passwd",
      "not a url at all"})
  void addressesOutsideTheDocumentationAreRefused(String address) {
    DocsUrlPolicy.Verdict v = aws.check(address);
    assertTrue(v.page().isEmpty(), () -> address + " was allowed as " + v.page());
    assertTrue(!v.refusal().isBlank());
  }

  @Test
  void aDocumentationPageIsAllowedWithoutQueryFragmentOrDotSegments() {
    assertEquals(URI.create("https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html"),
        aws.check(" HTTPS://Docs.AWS.amazon.com:443/AmazonS3/latest/x/../userguide/Welcome.html?utm=1#intro ").page().orElseThrow());
  }

  @Test
  void aMirrorChangesWherePagesComeFromNotWhichMayBeRead() {
    URI page = mirror.check("https://docs.aws.amazon.com/lambda/latest/dg/welcome.html").page().orElseThrow();
    assertEquals(URI.create("http://127.0.0.1:9999/lambda/latest/dg/welcome.html"), mirror.fetchAddress(page));
    assertTrue(mirror.check("http://127.0.0.1:9999/lambda/latest/dg/welcome.html").page().isEmpty(),
        "the mirror's own address is not a page address an agent may give");
  }

  @Test
  void redirectsWithinTheDocumentationOrTheMirrorAreFollowedAndOthersRefused() {
    URI from = URI.create("http://127.0.0.1:9999/lambda/latest/dg/old.html");
    assertEquals(URI.create("https://docs.aws.amazon.com/lambda/latest/dg/new.html"),
        mirror.checkRedirect(from, "new.html").page().orElseThrow());
    assertEquals(URI.create("https://docs.aws.amazon.com/s3/index.html"),
        mirror.checkRedirect(from, "https://docs.aws.amazon.com/s3/index.html").page().orElseThrow());
    assertTrue(mirror.checkRedirect(from, "https://evil.example/").page().isEmpty());
    assertTrue(mirror.checkRedirect(from, "http://127.0.0.1:9998/x.html").page().isEmpty(), "another port of loopback");
    assertTrue(mirror.checkRedirect(from, "http://docs.aws.amazon.com/x.html").page().isEmpty(), "a downgrade to http");
  }
}
