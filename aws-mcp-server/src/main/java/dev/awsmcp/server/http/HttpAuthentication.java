package dev.awsmcp.server.http;

import java.net.URI;
import java.util.Optional;

/**
 * How HTTP requests prove they may use the server: a bearer JWT from an OAuth issuer, one static
 * bearer token, or nothing (loopback only, and only when asked for by name).
 */
public final class HttpAuthentication {
  /** The kinds, as {@code doctor} names them. */
  public enum Kind {
    OAUTH("oauth"), BEARER_TOKEN("bearer-token"), NONE("no-auth");

    private final String spelling;

    Kind(String spelling) {
      this.spelling = spelling;
    }

    public String spelling() {
      return spelling;
    }
  }

  private final Kind kind;
  private final String issuer;
  private final URI jwksUri;
  private final String audience;
  private final String token;

  private HttpAuthentication(Kind kind, String issuer, URI jwksUri, String audience, String token) {
    this.kind = kind;
    this.issuer = issuer;
    this.jwksUri = jwksUri;
    this.audience = audience;
    this.token = token;
  }

  static HttpAuthentication oauth(String issuer, URI jwksUri, Optional<String> audience) {
    return new HttpAuthentication(Kind.OAUTH, issuer, jwksUri, audience.orElse(null), null);
  }

  static HttpAuthentication bearerToken(String token) {
    return new HttpAuthentication(Kind.BEARER_TOKEN, null, null, null, token);
  }

  static HttpAuthentication none() {
    return new HttpAuthentication(Kind.NONE, null, null, null, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The expected issuer of JWTs ({@code AUTH_ISSUER}), for {@link Kind#OAUTH}. */
  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  public Optional<URI> jwksUri() {
    return Optional.ofNullable(jwksUri);
  }

  public Optional<String> audience() {
    return Optional.ofNullable(audience);
  }

  /** Checks each request's token; empty for {@link Kind#NONE}. Made once, when the server starts. */
  Optional<TokenVerifier> verifier() {
    switch (kind) {
      case OAUTH:
        return Optional.of(new JwtVerifier(issuer, jwksUri, Optional.ofNullable(audience)));
      case BEARER_TOKEN:
        return Optional.of(new StaticTokenVerifier(token));
      default:
        return Optional.empty();
    }
  }

  @Override
  public String toString() {
    // never the token
    return kind.spelling();
  }
}
