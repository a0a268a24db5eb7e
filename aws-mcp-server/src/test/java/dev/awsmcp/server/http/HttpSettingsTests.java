package dev.awsmcp.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpSettingsTests {
  private static final String TOKEN = "0123456789abcdef0123";
  @TempDir Path dir;

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private static String refusal(Map<String, String> env) {
    return assertThrows(HttpConfigurationException.class, () -> HttpSettings.fromEnvironment(env)).getMessage();
  }

  @Test
  void defaultsBindLoopbackPort8000WithLocalHostsAndOrigins() {
    HttpSettings s = HttpSettings.fromEnvironment(env(HttpSettings.BEARER_TOKEN, TOKEN));
    assertEquals("127.0.0.1", s.host());
    assertEquals(8000, s.port());
    assertTrue(s.isLoopback());
    assertFalse(s.stateless());
    assertEquals(HttpAuthentication.Kind.BEARER_TOKEN, s.authentication().kind());
    assertTrue(s.allowedHosts().containsAll(List.of("localhost", "localhost:8000", "127.0.0.1", "127.0.0.1:8000")), s.allowedHosts().toString());
    assertTrue(s.allowedOrigins().containsAll(List.of("http://localhost:8000", "http://127.0.0.1", "http://127.0.0.1:8000")));
    assertTrue(s.warnings().isEmpty());
    assertFalse(s.authentication().toString().contains(TOKEN), "the token is never printed");
  }

  @Test
  void withoutAuthenticationHttpIsRefused() {
    String why = refusal(env());
    assertTrue(why.contains("needs authentication") && why.contains("AUTH_TYPE=oauth"), why);
  }

  @Test
  void noAuthNeedsLoopbackAndTheChoiceNamed() {
    assertTrue(refusal(env("AUTH_TYPE", "no-auth")).contains(HttpSettings.ALLOW_NO_AUTH));
    assertTrue(refusal(env("AUTH_TYPE", "no-auth", HttpSettings.ALLOW_NO_AUTH, "true", HttpSettings.HOST, "0.0.0.0"))
        .contains("other machines"));
    for (String yes : List.of("true", "YES", "1")) {
      HttpSettings s = HttpSettings.fromEnvironment(env("AUTH_TYPE", "no-auth", HttpSettings.ALLOW_NO_AUTH, yes));
      assertEquals(HttpAuthentication.Kind.NONE, s.authentication().kind());
    }
    assertTrue(refusal(env("AUTH_TYPE", "no-auth", HttpSettings.ALLOW_NO_AUTH, "maybe")).contains("not a boolean"));
  }

  @Test
  void oauthNeedsAnIssuerAndAJwksUrlOverHttpsOrLoopback() {
    assertTrue(refusal(env("AUTH_TYPE", "oauth")).contains("AUTH_ISSUER"));
    assertTrue(refusal(env("AUTH_TYPE", "oauth", "AUTH_ISSUER", "https://i")).contains("AUTH_JWKS_URI"));
    assertTrue(refusal(env("AUTH_TYPE", "oauth", "AUTH_ISSUER", "https://i", "AUTH_JWKS_URI", "http://keys.example.com/jwks"))
        .contains("https"));
    HttpSettings s = HttpSettings.fromEnvironment(env("AUTH_TYPE", "OAuth", "AUTH_ISSUER", "https://i",
        "AUTH_JWKS_URI", "https://keys.example.com/jwks", "AUTH_AUDIENCE", "me"));
    assertEquals(HttpAuthentication.Kind.OAUTH, s.authentication().kind());
    assertEquals("me", s.authentication().audience().orElseThrow());
    assertTrue(refusal(env("AUTH_TYPE", "oauth", "AUTH_ISSUER", "https://i", "AUTH_JWKS_URI", "https://k/j",
        HttpSettings.BEARER_TOKEN, TOKEN)).contains("choose one"));
    assertTrue(refusal(env("AUTH_TYPE", "kerberos")).contains("not known"));
  }

  @Test
  void staticTokensComeFromTheEnvironmentOrAFileAndMustBeLongEnough() throws Exception {
    Path file = Files.writeString(dir.resolve("token"), TOKEN + "\n");
    HttpSettings s = HttpSettings.fromEnvironment(env(HttpSettings.BEARER_TOKEN_FILE, file.toString()));
    assertEquals(HttpAuthentication.Kind.BEARER_TOKEN, s.authentication().kind());
    assertTrue(s.authentication().verifier().orElseThrow().verify(TOKEN).accepted(), "the file's line end is not part of the token");
    assertFalse(s.authentication().verifier().orElseThrow().verify(TOKEN + "x").accepted());
    assertTrue(refusal(env(HttpSettings.BEARER_TOKEN_FILE, dir.resolve("missing").toString())).contains("cannot be read"));
    assertTrue(refusal(env(HttpSettings.BEARER_TOKEN, "short")).contains("too easy to guess"));
    assertTrue(refusal(env(HttpSettings.BEARER_TOKEN, TOKEN, HttpSettings.BEARER_TOKEN_FILE, file.toString())).contains("choose one"));
  }

  @Test
  void aHostOtherMachinesReachIsAllowedWhenConfiguredWithAWarning() {
    HttpSettings s = HttpSettings.fromEnvironment(env(HttpSettings.HOST, "0.0.0.0", HttpSettings.PORT, "9001",
        HttpSettings.BEARER_TOKEN, TOKEN, HttpSettings.ALLOWED_HOSTS, "mcp.internal:*, mcp.internal",
        HttpSettings.STATELESS, "1"));
    assertFalse(s.isLoopback());
    assertEquals(9001, s.port());
    assertTrue(s.stateless());
    assertEquals(List.of("mcp.internal:*", "mcp.internal"), s.allowedHosts());
    assertTrue(s.warnings().get(0).contains("reachable from other machines"), s.warnings().toString());
  }

  @Test
  void badPortsAreRefused() {
    for (String port : List.of("0", "65536", "http", "-1")) {
      assertTrue(refusal(env(HttpSettings.PORT, port, HttpSettings.BEARER_TOKEN, TOKEN)).contains("not a port"), port);
    }
  }

  @Test
  void hostPatternsMatchExactlyOrAnyPortWithAStar() {
    HostOriginFilter f = new HostOriginFilter(List.of("Example.com:*", "localhost:8000", "[::1]:*"), List.of());
    assertTrue(f.hostAllowed("example.com:1234"));
    assertTrue(f.hostAllowed("localhost:8000"));
    assertTrue(f.hostAllowed("[::1]:8000"));
    assertFalse(f.hostAllowed("example.com"), "a:* needs a port");
    assertFalse(f.hostAllowed("localhost:8001"));
    assertFalse(f.hostAllowed("evil.example.com:1234"));
  }
}
