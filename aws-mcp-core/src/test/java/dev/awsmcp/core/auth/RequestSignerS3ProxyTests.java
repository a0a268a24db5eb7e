package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.endpoint.AuthScheme;
import dev.awsmcp.core.protocol.PercentEncoding;
import dev.awsmcp.core.protocol.WireRequest;
import dev.awsmcp.core.testing.S3ProxyServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signatures checked by a strict server: S3Proxy in-process with SigV4 authorization, requests
 * built the way an S3 codec builds them (path-style, keys encoded with
 * {@link PercentEncoding#encodeKeepingSlash}), signed by {@link RequestSigner} and sent as signed
 * by the JDK {@code HttpClient}.
 */
class RequestSignerS3ProxyTests {
  private static final String IDENTITY = "AKIAS3PROXYTEST";
  private static final String SECRET = "s3proxy/test+secret=value";
  private static final AwsCredentialsIdentity KEYS = AwsCredentialsIdentity.create(IDENTITY, SECRET);
  private static final AuthScheme S3 = new AuthScheme("sigv4", "s3", "us-east-1", List.of(), true, true);
  private static final String BUCKET = "signer-tests";

  private static S3ProxyServer proxy;
  private static URI endpoint;
  private final RequestSigner signer = RequestSigner.create();
  private final JdkTransport transport = new JdkTransport();

  @BeforeAll
  static void startS3Proxy() throws Exception {
    proxy = S3ProxyServer.start(IDENTITY, SECRET);
    endpoint = proxy.endpoint();
    HttpResponse<byte[]> created = new JdkTransport().send(RequestSigner.create().sign(
        WireRequest.builder("PUT", "/" + BUCKET).build(), endpoint, S3, KEYS));
    assertEquals(200, created.statusCode(), text(created));
  }

  @AfterAll
  static void stopS3Proxy() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
  }

  private static String objectPath(String key) {
    return "/" + BUCKET + "/" + PercentEncoding.encodeKeepingSlash(key);
  }

  private HttpResponse<byte[]> send(WireRequest request) throws Exception {
    return transport.send(signer.sign(request, endpoint, S3, KEYS));
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "plain.txt", "with space.txt", "plus+sign", "equals=and&ampersand", "percent%25literal", "100%",
      "tilde~name", "nested/dir/with space/file.txt", "caf\u00e9", "\u65e5\u672c/\u8a9e.txt", "emoji-\ud83d\ude00",
      "question?mark#hash", "quote'and\"double", "semi;colon,comma", "brackets[1](2){3}", "star*and!bang",
      ".hidden/dots..in..name.", "colon:at@dollar$"})
  void objectsRoundTripThroughPutGetHeadListAndDelete(String key) throws Exception {
    byte[] body = ("content of " + key).getBytes(StandardCharsets.UTF_8);

    HttpResponse<byte[]> put = send(WireRequest.builder("PUT", objectPath(key))
        .header("Content-Type", "text/plain; charset=utf-8").body(body).build());
    assertEquals(200, put.statusCode(), text(put));

    HttpResponse<byte[]> get = send(WireRequest.builder("GET", objectPath(key)).build());
    assertEquals(200, get.statusCode(), text(get));
    assertArrayEquals(body, get.body());

    HttpResponse<byte[]> head = send(WireRequest.builder("HEAD", objectPath(key)).build());
    assertEquals(200, head.statusCode());
    assertEquals(String.valueOf(body.length), head.headers().firstValue("Content-Length").orElse(""));

    HttpResponse<byte[]> list = send(WireRequest.builder("GET", "/" + BUCKET)
        .addQuery("list-type", "2").addQuery("prefix", key).build());
    assertEquals(200, list.statusCode(), text(list));
    assertTrue(text(list).contains("<Key>" + xmlEscaped(key) + "</Key>"), text(list));

    HttpResponse<byte[]> delete = send(WireRequest.builder("DELETE", objectPath(key)).build());
    assertEquals(204, delete.statusCode(), text(delete));
    assertEquals(404, send(WireRequest.builder("HEAD", objectPath(key)).build()).statusCode());
  }

  @Test
  void listingWithSeveralQueryParametersIsAccepted() throws Exception {
    for (String key : List.of("list/a b", "list/a+b", "list/c=d")) {
      assertEquals(200, send(WireRequest.builder("PUT", objectPath(key)).body(new byte[] {1}).build()).statusCode());
    }

    HttpResponse<byte[]> list = send(WireRequest.builder("GET", "/" + BUCKET)
        .addQuery("list-type", "2").addQuery("prefix", "list/").addQuery("delimiter", "/")
        .addQuery("max-keys", "2").addQuery("start-after", "list/").build());

    assertEquals(200, list.statusCode(), text(list));
    assertTrue(text(list).contains("<Key>list/a b</Key>"), text(list));
    assertTrue(text(list).contains("<Key>list/a+b</Key>"), text(list));
    assertTrue(text(list).contains("<IsTruncated>true</IsTruncated>"), text(list));
  }

  @Test
  void aBareQueryKeyIsSignedAsS3Expects() throws Exception {
    HttpResponse<byte[]> initiate = send(WireRequest.builder("POST", objectPath("multi part/object")).addQueryKey("uploads").build());

    assertEquals(200, initiate.statusCode(), text(initiate));
    assertTrue(text(initiate).contains("<UploadId>"), text(initiate));
  }

  @Test
  void dotSegmentsInKeysAreSignedAsSentWithoutNormalizing() throws Exception {
    // S3Proxy's file-backed store cannot hold such a key (it answers 500), but it checks the
    // signature first: anything but 403 means the unnormalized path was signed.
    HttpResponse<byte[]> put = send(WireRequest.builder("PUT", objectPath("a/./b/../c")).body(new byte[] {1}).build());

    assertNotEquals(403, put.statusCode(), text(put));
  }

  @Test
  void aSessionTokenIsSentAndSignedConsistently() throws Exception {
    SignedHttpRequest signed = signer.sign(WireRequest.builder("GET", "/" + BUCKET).addQuery("list-type", "2").build(),
        endpoint, S3, AwsSessionCredentialsIdentity.create(IDENTITY, SECRET, "session/token+with=odd chars"));

    HttpResponse<byte[]> response = transport.send(signed);

    assertEquals(200, response.statusCode(), text(response));
    Map<String, List<String>> otherToken = new LinkedHashMap<>(signed.headers());
    otherToken.put("X-Amz-Security-Token", List.of("another-token"));
    HttpResponse<byte[]> tampered = transport.send(new SignedHttpRequest(signed.method(), signed.uri(), otherToken, signed.body()));
    assertEquals(403, tampered.statusCode(), text(tampered));
  }

  @Test
  void aCodecsContentLengthHeaderIsLeftToTheTransport() throws Exception {
    byte[] body = "sized".getBytes(StandardCharsets.UTF_8);
    SignedHttpRequest signed = signer.sign(WireRequest.builder("PUT", objectPath("sized"))
        .header("Content-Length", String.valueOf(body.length)).header("Host", "ignored.example").body(body).build(),
        endpoint, S3, KEYS);

    HttpResponse<byte[]> response = transport.send(signed);

    assertEquals(200, response.statusCode(), text(response));
    assertEquals(endpoint.getAuthority(), signed.header("Host"));
  }

  @Test
  void aWrongSecretIsRefused() throws Exception {
    SignedHttpRequest signed = signer.sign(WireRequest.builder("GET", "/" + BUCKET).addQuery("list-type", "2").build(),
        endpoint, S3, AwsCredentialsIdentity.create(IDENTITY, SECRET + "x"));

    HttpResponse<byte[]> response = transport.send(signed);

    assertEquals(403, response.statusCode(), text(response));
  }

  @Test
  void aRequestTamperedWithAfterSigningIsRefused() throws Exception {
    SignedHttpRequest signed = signer.sign(WireRequest.builder("GET", objectPath("secret/a")).build(), endpoint, S3, KEYS);
    SignedHttpRequest otherPath = new SignedHttpRequest(signed.method(),
        URI.create(signed.uri().toString().replace("/secret/a", "/secret/b")), signed.headers(), signed.body());

    HttpResponse<byte[]> response = transport.send(otherPath);

    assertEquals(403, response.statusCode(), text(response));
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() throws Exception {
    SignedHttpRequest signed = signer.sign(WireRequest.builder("PUT", objectPath("tampered"))
        .body("signed".getBytes(StandardCharsets.UTF_8)).build(), endpoint, S3, KEYS);
    SignedHttpRequest otherBody = new SignedHttpRequest(signed.method(), signed.uri(), signed.headers(),
        "sent!!".getBytes(StandardCharsets.UTF_8));

    HttpResponse<byte[]> response = transport.send(otherBody);

    assertTrue(response.statusCode() == 400 || response.statusCode() == 403, response.statusCode() + " " + text(response));
  }

  private static String xmlEscaped(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
