package dev.awsmcp.server.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One shared secret ({@code AWS_MCP_HTTP_BEARER_TOKEN}). Both sides are hashed before the
 * constant-time comparison, so neither the contents nor the length of the secret leak through timing.
 */
final class StaticTokenVerifier implements TokenVerifier {
  /** Who a static token stands for in the audit: whoever was given the token. */
  static final String CALLER = "static bearer token";

  private final byte[] expected;

  StaticTokenVerifier(String token) {
    this.expected = sha256(token);
  }

  @Override
  public Verdict verify(String token) {
    return MessageDigest.isEqual(expected, sha256(token)) ? Verdict.accepted(CALLER) : Verdict.rejected("the token is not the configured one");
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
