package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * {@code credential_process} profiles, run for real: a shell script prints the JSON the AWS CLI
 * expects and counts how often it ran, so caching and refreshing can be observed.
 */
class CredentialsProcessTests {
  @TempDir Path dir;
  private Path counter;

  @BeforeEach
  void needsAShell() {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "credential_process tests need /bin/sh");
    counter = dir.resolve("runs");
  }

  /** A script printing keys numbered by its run count, expiring {@code seconds} from now. */
  private Path script(String name, int expiresInSeconds) {
    return new AwsConfigFixture(dir).write(name, """
        #!/bin/sh
        n=$(cat '%1$s' 2>/dev/null || echo 0)
        n=$((n + 1))
        echo "$n" > '%1$s'
        expires=$(date -u -d "@$(( $(date +%%s) + %2$d ))" +%%Y-%%m-%%dT%%H:%%M:%%SZ)
        printf '{"Version": 1, "AccessKeyId": "AKIDPROC%%s", "SecretAccessKey": "process-secret", \
        "SessionToken": "process-token-%%s", "Expiration": "%%s"}' "$n" "$n" "$expires"
        """.formatted(counter, expiresInSeconds), true);
  }

  private int runs() throws Exception {
    return Integer.parseInt(Files.readString(counter).trim());
  }

  @Test
  void theProcessOutputBecomesTheCredentials() throws Exception {
    Path script = script("creds.sh", 3600);
    try (CredentialsResolver resolver = new AwsConfigFixture(dir)
        .config("[profile proc]\ncredential_process = " + script + "\n").resolver()) {
      AwsSessionCredentialsIdentity identity =
          assertInstanceOf(AwsSessionCredentialsIdentity.class, resolver.resolve(Optional.of("proc")));

      assertEquals("AKIDPROC1", identity.accessKeyId());
      assertEquals("process-secret", identity.secretAccessKey());
      assertEquals("process-token-1", identity.sessionToken());
    }
  }

  @Test
  void credentialsAreCachedUntilTheyNearExpiry() throws Exception {
    Path script = script("creds.sh", 3600);
    try (CredentialsResolver resolver = new AwsConfigFixture(dir)
        .config("[profile proc]\ncredential_process = " + script + "\n").resolver()) {
      String first = resolver.resolve(Optional.of("proc")).accessKeyId();
      String second = resolver.resolve(Optional.of("proc")).accessKeyId();

      assertEquals(first, second);
      assertEquals(1, runs());
    }
  }

  @Test
  void credentialsAboutToExpireAreRefreshed() throws Exception {
    // The SDK refreshes process credentials within 15 s of their expiry.
    Path script = script("creds.sh", 5);
    try (CredentialsResolver resolver = new AwsConfigFixture(dir)
        .config("[profile proc]\ncredential_process = " + script + "\n").resolver()) {
      String first = resolver.resolve(Optional.of("proc")).accessKeyId();
      String second = resolver.resolve(Optional.of("proc")).accessKeyId();

      assertNotEquals(first, second);
      assertEquals(2, runs());
    }
  }

  @Test
  void aFailingProcessIsAProviderFailureNamingTheProfile() {
    Path script = new AwsConfigFixture(dir).write("fail.sh", "#!/bin/sh\necho 'no session' >&2\nexit 3\n", true);
    try (CredentialsResolver resolver = new AwsConfigFixture(dir)
        .env("AWS_ACCESS_KEY_ID", "AKIDENV").env("AWS_SECRET_ACCESS_KEY", "env-secret")
        .config("[profile proc]\ncredential_process = " + script + "\n").resolver()) {
      CredentialsException e = assertThrows(CredentialsException.class, () -> resolver.resolve(Optional.of("proc")));

      assertEquals(CredentialsException.Reason.PROVIDER_FAILED, e.reason());
      assertTrue(e.getMessage().contains("profile 'proc'"), e.getMessage());
      assertFalse(e.getMessage().contains("env-secret"), e.getMessage());
    }
  }

  @Test
  void aRoleProfileCanTakeItsSourceFromAProcessProfile() throws Exception {
    // Resolving the role needs STS; building the chain already runs nothing, so only the
    // source wiring is checked here (role assumption itself is tested against moto).
    Path script = script("creds.sh", 3600);
    try (CredentialsResolver resolver = new AwsConfigFixture(dir).config("""
        [profile proc]
        credential_process = %s
        [profile role]
        role_arn = arn:aws:iam::123456789012:role/r
        source_profile = proc
        """.formatted(script)).env("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:1").resolver()) {
      CredentialsException e = assertThrows(CredentialsException.class, () -> resolver.resolve(Optional.of("role")));

      assertEquals(CredentialsException.Reason.PROVIDER_FAILED, e.reason());
      assertEquals(1, runs(), "the source process ran to sign the STS call");
    }
  }
}
