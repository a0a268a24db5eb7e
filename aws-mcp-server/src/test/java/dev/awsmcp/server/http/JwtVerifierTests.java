package dev.awsmcp.server.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the HTTP tests cannot show through a running server: keys out of reach, and shared-secret JWTs. */
class JwtVerifierTests {
  private static final String ISSUER = "https://issuer.example.test";

  private static JWTClaimsSet claims() {
    return new JWTClaimsSet.Builder().issuer(ISSUER).subject("s").expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
  }

  private static URI deadJwks() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/jwks.json");
    }
  }

  @Test
  void keysOutOfReachMeanUnavailableNotRejected() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").build(), claims());
    jwt.sign(new RSASSASigner(key));
    TokenVerifier.Verdict v = new JwtVerifier(ISSUER, deadJwks(), Optional.empty()).verify(jwt.serialize());
    assertFalse(v.accepted());
    assertTrue(v.unavailable(), v.toString());
  }

  @Test
  void aSharedSecretJwtIsRejectedWithoutFetchingKeys() throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
    jwt.sign(new MACSigner("0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    TokenVerifier.Verdict v = new JwtVerifier(ISSUER, deadJwks(), Optional.empty()).verify(jwt.serialize());
    assertFalse(v.accepted());
    assertFalse(v.unavailable(), "an HS256 token is refused for its algorithm, before any key is looked for: " + v);
    assertFalse(new JwtVerifier(ISSUER, deadJwks(), Optional.empty()).verify("a.b.c").accepted());
  }
}
