package dev.awsmcp.core.auth;

import dev.awsmcp.core.endpoint.AuthScheme;
import dev.awsmcp.core.protocol.WireRequest;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4aHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.RegionSet;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs {@link WireRequest}s with AWS Signature Version 4 (the AWS SDK for Java's
 * {@link AwsV4HttpSigner}), as the resolved endpoint's {@link AuthScheme} asks: signing name and
 * region, S3's single encoding and unnormalized path. The payload is always signed: the SDK sends
 * its SHA-256 as {@code x-amz-content-sha256} to every service (S3 requires it, the others accept
 * it). Anonymous schemes ({@code none}) pass through unsigned.
 *
 * <p>SigV4a (S3 multi-region access points) needs the AWS CRT on the class path; without it,
 * such requests fail with a {@link SigningException} saying so. {@code sigv4-s3express} (S3
 * directory buckets' zonal endpoints), {@code bearer} (CodeCatalyst) and {@code sigv2} (SimpleDB)
 * are not supported and fail the same way.
 *
 * <p>Stateless and thread-safe; build once, share.
 */
public final class RequestSigner {
  private static final AwsV4HttpSigner SIGV4 = AwsV4HttpSigner.create();
  // Set by HTTP clients from the URI and body, not by codecs: Host is signed from the target,
  // Content-Length is left unsigned (SigV4 does not need it) so a client computing it cannot
  // break the signature.
  private static final Set<String> TRANSPORT_HEADERS = Set.of("host", "content-length");

  private final Clock clock;

  private RequestSigner(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A signer using the system clock (UTC). */
  public static RequestSigner create() {
    return new RequestSigner(Clock.systemUTC());
  }

  /** A signer whose signatures carry the given clock's time (test vectors, clock skew correction). */
  public static RequestSigner withClock(Clock clock) {
    return new RequestSigner(clock);
  }

  /**
   * Signs a request for an endpoint.
   *
   * @param request the request as the protocol codec laid it out
   * @param endpoint the endpoint URL (scheme, host, port, base path) the request path is appended to
   * @param scheme how the endpoint wants requests signed; {@code none} leaves the request unsigned
   * @param credentials the identity to sign with; a session identity adds {@code X-Amz-Security-Token}
   * @throws SigningException when the scheme cannot be honoured
   */
  public SignedHttpRequest sign(WireRequest request, URI endpoint, AuthScheme scheme, AwsCredentialsIdentity credentials) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(credentials, "credentials");
    RequestTarget target = RequestTarget.of(request, endpoint);
    switch (scheme.name()) {
      case "none":
        return unsigned(request, target);
      case "sigv4":
        return signWith(SIGV4, request, target, scheme, credentials, b -> b.putProperty(AwsV4HttpSigner.REGION_NAME, scheme.signingRegion()));
      case "sigv4a":
        return signWith(SigV4aSigner.get(), request, target, scheme, credentials, b -> b.putProperty(
            AwsV4aHttpSigner.REGION_SET, RegionSet.create(scheme.signingRegionSet().isEmpty()
                ? List.of(scheme.signingRegion()) : scheme.signingRegionSet())));
      case "sigv4-s3express":
        throw new SigningException("S3 directory bucket (S3 Express One Zone) endpoints need sigv4-s3express "
            + "session authentication, which is not supported; use a general purpose bucket");
      case "bearer":
        throw new SigningException(scheme.signingName() + " authenticates with an SSO bearer token (the profile's "
            + "sso_session), which is not supported");
      case "sigv2":
        throw new SigningException(scheme.signingName() + " needs Signature Version 2, which is not supported");
      default:
        throw new SigningException("unsupported auth scheme '" + scheme.name() + "' for " + scheme.signingName());
    }
  }

  /** The request as it is sent without a signature ({@code --no-sign-request}, anonymous endpoints). */
  public SignedHttpRequest unsigned(WireRequest request, URI endpoint) {
    return unsigned(request, RequestTarget.of(request, endpoint));
  }

  private static SignedHttpRequest unsigned(WireRequest request, RequestTarget target) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of(target.authority()));
    request.headers().forEach((name, values) -> {
      if (!isTransportHeader(name)) {
        headers.put(name, values);
      }
    });
    return new SignedHttpRequest(request.method(), target.toUri(), headers, request.body());
  }

  private SignedHttpRequest signWith(
      HttpSigner<AwsCredentialsIdentity> signer, WireRequest request, RequestTarget target, AuthScheme scheme,
      AwsCredentialsIdentity credentials, Consumer<SignRequest.Builder<AwsCredentialsIdentity>> region) {
    SdkHttpRequest.Builder http = SdkHttpRequest.builder()
        .method(SdkHttpMethod.fromValue(request.method()))
        .protocol(target.scheme())
        .host(target.host())
        .encodedPath(target.encodedPath());
    if (target.port() != -1) {
      http.port(target.port());
    }
    request.query().forEach((name, values) -> http.putRawQueryParameter(name, rawValues(values)));
    request.headers().forEach((name, values) -> {
      if (!isTransportHeader(name)) {
        http.putHeader(name, values);
      }
    });
    SignRequest.Builder<AwsCredentialsIdentity> sign = SignRequest.builder(credentials)
        .request(http.build())
        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, scheme.signingName())
        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, !scheme.disableDoubleEncoding())
        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, !scheme.disableNormalizePath())
        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true)
        .putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, false)
        .putProperty(HttpSigner.SIGNING_CLOCK, clock);
    region.accept(sign);
    if (request.hasBody()) {
      sign.payload(ContentStreamProvider.fromByteArrayUnsafe(request.body()));
    }
    SignedRequest signed;
    try {
      signed = signer.sign(sign.build());
    } catch (RuntimeException e) {
      // The SDK's messages name properties and algorithms, never secrets.
      throw new SigningException("could not sign " + request + " for " + scheme.signingName() + ": " + e.getMessage(), e);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of(target.authority()));
    signed.request().forEachHeader((name, values) -> {
      if (!isTransportHeader(name)) {
        headers.put(name, values);
      }
    });
    return new SignedHttpRequest(request.method(), target.toUri(), headers, request.body());
  }

  // A bare query key (?uploads) is signed as "uploads=", which the SDK writes for a null value.
  private static List<String> rawValues(List<String> values) {
    if (values.isEmpty()) {
      return Collections.singletonList(null);
    }
    return new ArrayList<>(values);
  }

  private static boolean isTransportHeader(String name) {
    return TRANSPORT_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }
}
