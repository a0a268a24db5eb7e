package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws login} profiles ({@code login_session}): the SDK's signin provider reads the session
 * cached under {@code ~/.aws/login/cache}, keyed by the SHA-256 of the session name, and uses its
 * credentials while they are fresh. Run in a child JVM because that cache follows the process's
 * {@code HOME} (see {@link ResolveInChildJvm}).
 */
class CredentialsLoginTests {
  private static final String SESSION = "arn:aws:iam::123456789012:user/aws-mcp-tester";

  @TempDir Path home;

  private Map<String, String> environment() throws Exception {
    Files.writeString(home.resolve("config"), """
        [profile console]
        login_session = %s
        region = us-east-1
        """.formatted(SESSION));
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    return env;
  }

  private void cacheSession(Instant expiresAt) throws Exception {
    Path cache = Files.createDirectories(home.resolve(".aws/login/cache"));
    String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SESSION.getBytes(StandardCharsets.UTF_8)));
    Files.writeString(cache.resolve(key + ".json"), """
        {"accessToken": {"accessKeyId": "ASIALOGIN0000001", "secretAccessKey": "login-secret",
          "sessionToken": "login-session-token", "accountId": "123456789012", "expiresAt": "%s"},
         "tokenType": "aws_sigv4", "clientId": "arn:aws:signin:::devtools/same-device",
         "refreshToken": "refresh-token", "dpopKey": "not-used-while-fresh"}
        """.formatted(expiresAt.truncatedTo(ChronoUnit.SECONDS)));
  }

  @Test
  void aFreshLoginSessionSuppliesItsCachedCredentials() throws Exception {
    Map<String, String> env = environment();
    cacheSession(Instant.now().plus(1, ChronoUnit.HOURS));

    assertEquals("OK ASIALOGIN0000001 login-session-token", ResolveInChildJvm.resolve("console", env));
  }

  @Test
  void aMissingLoginSessionAsksToAuthenticateAgain() throws Exception {
    String result = ResolveInChildJvm.resolve("console", environment());

    assertTrue(result.startsWith("ERROR PROVIDER_FAILED credentials from profile 'console'"), result);
    assertTrue(result.contains("re-authenticate"), result);
  }
}
