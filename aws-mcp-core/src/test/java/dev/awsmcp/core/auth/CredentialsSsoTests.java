package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.testing.MotoServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSO profiles end to end: a token cached the way {@code aws sso login} caches it, the portal's
 * GetRoleCredentials answered by {@link SsoPortalServer}, the resolver run in a child JVM whose
 * process environment points the SDK there (see {@link ResolveInChildJvm}).
 */
class CredentialsSsoTests {
  private static final String START_URL = "https://aws-mcp-test.awsapps.com/start";

  @TempDir Path home;

  private Map<String, String> environment(SsoPortalServer portal) {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_ENDPOINT_URL_SSO", portal.endpoint());
    return env;
  }

  // aws sso login names the cache file after the SHA-1 of the session name (or legacy start URL).
  private void cacheToken(String key, String token, String expiresAt) throws Exception {
    Path cache = Files.createDirectories(home.resolve(".aws/sso/cache"));
    String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8)));
    Files.writeString(cache.resolve(name + ".json"), """
        {"startUrl": "%s", "region": "us-east-1", "accessToken": "%s", "expiresAt": "%s",
         "clientId": "client", "clientSecret": "client-secret", "refreshToken": "refresh",
         "registrationExpiresAt": "2099-01-01T00:00:00Z"}
        """.formatted(START_URL, token, expiresAt));
  }

  private void config(String text) throws Exception {
    Files.writeString(home.resolve("config"), text);
  }

  @Test
  void anSsoSessionProfileGetsRoleCredentialsWithTheCachedToken() throws Exception {
    try (SsoPortalServer portal = new SsoPortalServer("cached-access-token", "123456789012", "ReadOnly", "ASIASSO000000001")) {
      config("""
          [profile sso]
          sso_session = corp
          sso_account_id = 123456789012
          sso_role_name = ReadOnly
          region = us-east-1
          [sso-session corp]
          sso_start_url = %s
          sso_region = us-east-1
          """.formatted(START_URL));
      cacheToken("corp", "cached-access-token", "2099-01-01T00:00:00Z");

      assertEquals("OK ASIASSO000000001 sso-session-token", ResolveInChildJvm.resolve("sso", environment(portal)));
    }
  }

  @Test
  void aLegacySsoProfileWorksToo() throws Exception {
    try (SsoPortalServer portal = new SsoPortalServer("legacy-token", "123456789012", "Admin", "ASIASSO000000002")) {
      config("""
          [profile legacy]
          sso_start_url = %s
          sso_region = us-east-1
          sso_account_id = 123456789012
          sso_role_name = Admin
          """.formatted(START_URL));
      cacheToken(START_URL, "legacy-token", "2099-01-01T00:00:00Z");

      assertEquals("OK ASIASSO000000002 sso-session-token", ResolveInChildJvm.resolve("legacy", environment(portal)));
    }
  }

  @Test
  void aRoleCanTakeAnSsoProfileAsItsSource() throws Exception {
    MotoServer moto = MotoServer.shared();
    try (SsoPortalServer portal = new SsoPortalServer("cached-access-token", "123456789012", "ReadOnly", "ASIASSO000000003")) {
      config("""
          [profile sso]
          sso_session = corp
          sso_account_id = 123456789012
          sso_role_name = ReadOnly
          region = us-east-1
          [profile deploy]
          role_arn = arn:aws:iam::123456789012:role/deployer
          source_profile = sso
          region = us-east-1
          [sso-session corp]
          sso_start_url = %s
          sso_region = us-east-1
          """.formatted(START_URL));
      cacheToken("corp", "cached-access-token", "2099-01-01T00:00:00Z");
      Map<String, String> env = environment(portal);
      env.put("AWS_ENDPOINT_URL_STS", moto.endpoint().toString());

      String result = ResolveInChildJvm.resolve("deploy", env);

      assertTrue(result.startsWith("OK ") && !result.contains("ASIASSO000000003"), result);
    }
  }

  @Test
  void aProfileWithoutALoginIsAProviderFailure() throws Exception {
    try (SsoPortalServer portal = new SsoPortalServer("cached-access-token", "123456789012", "ReadOnly", "ASIASSO000000001")) {
      config("""
          [profile sso]
          sso_session = corp
          sso_account_id = 123456789012
          sso_role_name = ReadOnly
          [sso-session corp]
          sso_start_url = %s
          sso_region = us-east-1
          """.formatted(START_URL));

      String result = ResolveInChildJvm.resolve("sso", environment(portal));

      assertTrue(result.startsWith("ERROR PROVIDER_FAILED credentials from profile 'sso'"), result);
      assertTrue(result.contains("aws sso login"), result);
    }
  }
}
