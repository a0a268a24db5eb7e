package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * Signatures AWS published, typed from its documentation.
 *
 * <p>The SDK's V4 signer always adds and signs {@code x-amz-content-sha256} (AWS services accept
 * it), so vectors without that header, such as the SigV4 test suite's {@code get-vanilla}, cannot
 * come out of it unchanged. The S3 examples of "Signature Calculations for the Authorization
 * Header" include it and are checked as published; {@code get-vanilla} pins the independent
 * {@link SigV4Reference}, which then checks the non-S3 canonical forms in {@link RequestSignerTests}.
 */
class RequestSignerVectorTests {
  private static final AwsCredentialsIdentity S3_EXAMPLE_KEYS =
      AwsCredentialsIdentity.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
  private static final RequestSigner SIGNER_2013 =
      RequestSigner.withClock(Clock.fixed(Instant.parse("2013-05-24T00:00:00Z"), ZoneOffset.UTC));
  private static final AuthScheme S3 = new AuthScheme("sigv4", "s3", "us-east-1", List.of(), true, true);
  private static final URI BUCKET = URI.create("https://examplebucket.s3.amazonaws.com");
  private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void s3GetObjectWithRange() {
    WireRequest request = WireRequest.builder("GET", "/test.txt").header("Range", "bytes=0-9").build();

    SignedHttpRequest signed = SIGNER_2013.sign(request, BUCKET, S3, S3_EXAMPLE_KEYS);

    assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", signed.header("Authorization"));
    assertEquals(EMPTY_SHA256, signed.header("x-amz-content-sha256"));
  }

  @Test
  void s3PutObjectSignsThePayloadAndEncodesTheKeyOnce() {
    WireRequest request = WireRequest.builder("PUT", "/test%24file.text")
        .header("Date", "Fri, 24 May 2013 00:00:00 GMT")
        .header("x-amz-storage-class", "REDUCED_REDUNDANCY")
        .body("Welcome to Amazon S3.".getBytes(StandardCharsets.UTF_8))
        .build();

    SignedHttpRequest signed = SIGNER_2013.sign(request, BUCKET, S3, S3_EXAMPLE_KEYS);

    assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
        + "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, "
        + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd", signed.header("Authorization"));
    assertEquals("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072", signed.header("x-amz-content-sha256"));
    assertEquals("https://examplebucket.s3.amazonaws.com/test%24file.text", signed.uri().toString());
  }

  @Test
  void s3GetBucketLifecycleSignsABareQueryKey() {
    WireRequest request = WireRequest.builder("GET", "/").addQueryKey("lifecycle").build();

    SignedHttpRequest signed = SIGNER_2013.sign(request, BUCKET, S3, S3_EXAMPLE_KEYS);

    assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
        + "SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
        + "Signature=fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543", signed.header("Authorization"));
    assertEquals("https://examplebucket.s3.amazonaws.com/?lifecycle", signed.uri().toString());
  }

  @Test
  void s3ListObjectsSignsSortedQueryParameters() {
    WireRequest request = WireRequest.builder("GET", "/").addQuery("prefix", "J").addQuery("max-keys", "2").build();

    SignedHttpRequest signed = SIGNER_2013.sign(request, BUCKET, S3, S3_EXAMPLE_KEYS);

    assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
        + "SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
        + "Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7", signed.header("Authorization"));
  }

  @Test
  void referenceImplementationReproducesGetVanilla() {
    String canonical = "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
        + EMPTY_SHA256;

    assertEquals("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", SigV4Reference.signature(
        canonical, "20150830T123600Z", "us-east-1", "service", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
  }
}
