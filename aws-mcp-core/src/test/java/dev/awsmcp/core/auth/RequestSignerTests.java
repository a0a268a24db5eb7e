package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.endpoint.AuthScheme;
import dev.awsmcp.core.protocol.WireRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Behaviour of the signer. Non-S3 signatures are checked against canonical requests written out
 * here and signed by {@link SigV4Reference}; S3 ones against AWS's published examples in
 * {@link RequestSignerVectorTests} and against a strict server in {@link RequestSignerS3ProxyTests}.
 */
class RequestSignerTests {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final AwsCredentialsIdentity EXAMPLE_KEYS = AwsCredentialsIdentity.create("AKIDEXAMPLE", SECRET);
  private static final String DATE = "20150830T123600Z";
  private static final RequestSigner SIGNER =
      RequestSigner.withClock(Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC));
  private static final String EMPTY_SHA256 = SigV4Reference.sha256Hex("");

  private static AuthScheme sigv4(String service, String region) {
    return new AuthScheme("sigv4", service, region, List.of(), false, false);
  }

  private static String expectedAuthorization(String canonicalRequest, String signedHeaders, String service) {
    return "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/" + service + "/aws4_request, SignedHeaders="
        + signedHeaders + ", Signature=" + SigV4Reference.signature(canonicalRequest, DATE, "us-east-1", service, SECRET);
  }

  @Test
  void getVanillaIsSignedWithThePayloadHashAdded() {
    SignedHttpRequest signed = SIGNER.sign(WireRequest.builder("GET", "/").build(),
        URI.create("https://example.amazonaws.com"), sigv4("service", "us-east-1"), EXAMPLE_KEYS);

    String canonical = "GET\n/\n\nhost:example.amazonaws.com\nx-amz-content-sha256:" + EMPTY_SHA256
        + "\nx-amz-date:" + DATE + "\n\nhost;x-amz-content-sha256;x-amz-date\n" + EMPTY_SHA256;
    assertEquals(expectedAuthorization(canonical, "host;x-amz-content-sha256;x-amz-date", "service"),
        signed.header("Authorization"));
    assertEquals(DATE, signed.header("X-Amz-Date"));
    assertEquals("example.amazonaws.com", signed.header("Host"));
    assertEquals(URI.create("https://example.amazonaws.com/"), signed.uri());
  }

  @Test
  void queryParametersAreSignedInCanonicalOrderAndSentInTheirOwn() {
    WireRequest request = WireRequest.builder("GET", "/").addQuery("Param2", "value 2").addQuery("Param1", "value1").build();

    SignedHttpRequest signed = SIGNER.sign(request, URI.create("https://example.amazonaws.com"),
        sigv4("service", "us-east-1"), EXAMPLE_KEYS);

    String canonical = "GET\n/\nParam1=value1&Param2=value%202\nhost:example.amazonaws.com\nx-amz-content-sha256:"
        + EMPTY_SHA256 + "\nx-amz-date:" + DATE + "\n\nhost;x-amz-content-sha256;x-amz-date\n" + EMPTY_SHA256;
    assertEquals(expectedAuthorization(canonical, "host;x-amz-content-sha256;x-amz-date", "service"),
        signed.header("Authorization"));
    assertEquals("Param2=value%202&Param1=value1", signed.uri().getRawQuery());
  }

  @Test
  void nonS3PathsAreEncodedTwiceInTheCanonicalRequestAndOnceOnTheWire() {
    WireRequest request = WireRequest.builder("POST", "/2015-03-31/functions/my%20fn%3Aprod/invocations")
        .header("Content-Type", "application/json")
        .body("{}".getBytes(StandardCharsets.UTF_8))
        .build();

    SignedHttpRequest signed = SIGNER.sign(request, URI.create("https://lambda.us-east-1.amazonaws.com"),
        sigv4("lambda", "us-east-1"), EXAMPLE_KEYS);

    String body = SigV4Reference.sha256Hex("{}");
    String canonical = "POST\n/2015-03-31/functions/my%2520fn%253Aprod/invocations\n\ncontent-type:application/json\n"
        + "host:lambda.us-east-1.amazonaws.com\nx-amz-content-sha256:" + body + "\nx-amz-date:" + DATE
        + "\n\ncontent-type;host;x-amz-content-sha256;x-amz-date\n" + body;
    assertEquals(expectedAuthorization(canonical, "content-type;host;x-amz-content-sha256;x-amz-date", "lambda"),
        signed.header("Authorization"));
    assertEquals("/2015-03-31/functions/my%20fn%3Aprod/invocations", signed.uri().getRawPath());
  }

  @Test
  void aDifferentSecretGivesADifferentSignature() {
    WireRequest request = WireRequest.builder("GET", "/").build();
    URI endpoint = URI.create("https://example.amazonaws.com");

    String right = SIGNER.sign(request, endpoint, sigv4("service", "us-east-1"), EXAMPLE_KEYS).header("Authorization");
    String wrong = SIGNER.sign(request, endpoint, sigv4("service", "us-east-1"),
        AwsCredentialsIdentity.create("AKIDEXAMPLE", "another-secret")).header("Authorization");

    assertNotEquals(right, wrong);
  }

  @Test
  void sessionCredentialsAddTheSecurityTokenAndSignIt() {
    SignedHttpRequest signed = SIGNER.sign(WireRequest.builder("GET", "/").build(),
        URI.create("https://example.amazonaws.com"), sigv4("service", "us-east-1"),
        AwsSessionCredentialsIdentity.create("AKIDEXAMPLE", SECRET, "SESSIONTOKEN"));

    String canonical = "GET\n/\n\nhost:example.amazonaws.com\nx-amz-content-sha256:" + EMPTY_SHA256
        + "\nx-amz-date:" + DATE + "\nx-amz-security-token:SESSIONTOKEN\n\n"
        + "host;x-amz-content-sha256;x-amz-date;x-amz-security-token\n" + EMPTY_SHA256;
    assertEquals(expectedAuthorization(canonical, "host;x-amz-content-sha256;x-amz-date;x-amz-security-token", "service"),
        signed.header("Authorization"));
    assertEquals("SESSIONTOKEN", signed.header("X-Amz-Security-Token"));
  }

  @Test
  void s3SendsAndSignsThePayloadHash() {
    byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
    WireRequest request = WireRequest.builder("PUT", "/bucket/a%20b").body(body).build();
    AuthScheme s3 = new AuthScheme("sigv4", "s3", "us-east-1", List.of(), true, true);

    SignedHttpRequest signed = SIGNER.sign(request, URI.create("https://s3.amazonaws.com"), s3, EXAMPLE_KEYS);

    assertEquals(SigV4Reference.sha256Hex(body), signed.header("x-amz-content-sha256"));
    assertTrue(signed.header("Authorization").contains("x-amz-content-sha256"), signed.header("Authorization"));
    assertEquals("/bucket/a%20b", signed.uri().getRawPath());
  }

  @Test
  void endpointBasePathHostPrefixAndDefaultPortShapeTheUri() {
    WireRequest request = WireRequest.builder("POST", "/items/x%2Fy").hostPrefix("data-").addQueryKey("uploads").build();

    SignedHttpRequest signed = SIGNER.sign(request, URI.create("https://example.amazonaws.com:443/base/"),
        sigv4("service", "us-east-1"), EXAMPLE_KEYS);

    assertEquals("https://data-example.amazonaws.com/base/items/x%2Fy?uploads", signed.uri().toString());
    assertEquals("data-example.amazonaws.com", signed.header("Host"));
  }

  @Test
  void aLoopbackEndpointKeepsItsPortAndTakesNoHostPrefix() {
    WireRequest request = WireRequest.builder("GET", "/").hostPrefix("123456789012.").build();

    SignedHttpRequest signed = SIGNER.sign(request, URI.create("http://127.0.0.1:4566"),
        sigv4("service", "us-east-1"), EXAMPLE_KEYS);

    assertEquals("http://127.0.0.1:4566/", signed.uri().toString());
    assertEquals("127.0.0.1:4566", signed.header("Host"));
  }

  @Test
  void anonymousSchemePassesTheRequestThroughUnsigned() {
    WireRequest request = WireRequest.builder("GET", "/k").header("Accept", "application/json").build();

    SignedHttpRequest signed = SIGNER.sign(request, URI.create("https://example.amazonaws.com"),
        new AuthScheme("none", "s3", "us-east-1", List.of(), true, true), EXAMPLE_KEYS);

    assertNull(signed.header("Authorization"));
    assertNull(signed.header("X-Amz-Date"));
    assertEquals("application/json", signed.header("Accept"));
    assertEquals("https://example.amazonaws.com/k", signed.uri().toString());
  }

  @Test
  void sigV4aWithoutTheCrtIsAClearError() {
    AuthScheme sigv4a = new AuthScheme("sigv4a", "s3", "us-east-1", List.of("*"), true, true);

    SigningException e = assertThrows(SigningException.class, () -> SIGNER.sign(WireRequest.builder("GET", "/").build(),
        URI.create("https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com"), sigv4a, EXAMPLE_KEYS));

    assertTrue(e.getMessage().contains("SigV4a") && e.getMessage().contains("aws-crt"), e.getMessage());
  }

  @Test
  void unsupportedSchemesAreClearErrors() {
    for (String name : List.of("sigv4-s3express", "bearer", "sigv2", "made-up")) {
      AuthScheme scheme = new AuthScheme(name, "svc", "us-east-1", List.of(), false, false);

      SigningException e = assertThrows(SigningException.class, () -> SIGNER.sign(WireRequest.builder("GET", "/").build(),
          URI.create("https://example.amazonaws.com"), scheme, EXAMPLE_KEYS));

      assertTrue(e.getMessage().contains("not supported") || e.getMessage().contains("unsupported"), e.getMessage());
      assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }
  }

  @Test
  void printedRequestsHideTheSignatureAndSessionToken() {
    SignedHttpRequest signed = SIGNER.sign(WireRequest.builder("GET", "/").build(),
        URI.create("https://example.amazonaws.com"), sigv4("service", "us-east-1"),
        AwsSessionCredentialsIdentity.create("AKIDEXAMPLE", SECRET, "SESSIONTOKEN"));

    String printed = signed.toString();
    assertFalse(printed.contains("SESSIONTOKEN"), printed);
    assertFalse(printed.contains("Signature="), printed);
    assertFalse(printed.contains("wJalrXUtnFEMI"), printed);
    assertTrue(printed.contains("<redacted>"), printed);
  }
}
