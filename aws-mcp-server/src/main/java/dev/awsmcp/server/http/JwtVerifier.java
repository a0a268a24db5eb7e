package dev.awsmcp.server.http;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer JWTs from an OAuth issuer ({@code AUTH_TYPE=oauth}): signed by a key in the issuer's
 * JWKS (fetched, cached and refreshed by Nimbus), with the expected issuer, not expired nor
 * before their {@code nbf} (a minute's clock skew allowed), and for the expected audience when
 * {@code AUTH_AUDIENCE} is set. Asymmetric signatures only: a shared-secret (HS*) JWT could be
 * forged by anyone holding the secret, and a JWKS is public.
 */
final class JwtVerifier implements TokenVerifier {
  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
      JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
      JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  JwtVerifier(String issuer, URI jwksUri, Optional<String> audience) {
    JWKSource<SecurityContext> keys;
    try {
      keys = JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL()).build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new HttpConfigurationException("AUTH_JWKS_URI=" + jwksUri + " is not a URL: " + e.getMessage());
    }
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    // Plain JWTs and OAuth access tokens (RFC 9068 types them at+jwt).
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    Set<String> required = new HashSet<>(Set.of("iss", "exp"));
    audience.ifPresent(a -> required.add("aud"));
    processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience.map(Set::of).orElse(null),
        new JWTClaimsSet.Builder().issuer(issuer).build(), required, null));
  }

  @Override
  public Verdict verify(String token) {
    try {
      JWTClaimsSet claims = processor.process(token, null);
      // The subject names the user; a token without one is still the issuer's.
      String subject = claims.getSubject();
      return Verdict.accepted(subject == null || subject.isBlank() ? "jwt from " + claims.getIssuer() : subject);
    } catch (KeySourceException e) {
      return Verdict.unavailable("the issuer's signing keys could not be fetched");
    } catch (ParseException e) {
      return Verdict.rejected("the token is not a JWT");
    } catch (Exception e) {
      // Nimbus says what failed (expired, wrong issuer, bad signature) without echoing the token.
      return Verdict.rejected(e.getMessage() == null ? "the token was rejected" : e.getMessage());
    }
  }
}
