package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

class CredentialsResolverTests {
  private static final String FILES = """
      [default]
      aws_access_key_id = AKIDDEFAULT
      aws_secret_access_key = default-secret
      [dev]
      aws_access_key_id = AKIDDEV
      aws_secret_access_key = dev-secret
      aws_session_token = dev-token
      """;
  private static final String CONFIG = """
      [profile ops]
      region = eu-west-1
      aws_access_key_id = AKIDOPS
      aws_secret_access_key = ops-secret
      [profile region-only]
      region = us-west-2
      """;

  @TempDir Path dir;

  private AwsConfigFixture fixture() {
    return new AwsConfigFixture(dir).credentials(FILES).config(CONFIG);
  }

  private static CredentialsException failure(CredentialsResolver resolver, Optional<String> profile) {
    return assertThrows(CredentialsException.class, () -> resolver.resolve(profile));
  }

  @Test
  void staticKeysComeFromTheCredentialsFile() {
    try (CredentialsResolver resolver = fixture().resolver()) {
      AwsCredentialsIdentity identity = resolver.resolve();

      assertEquals("AKIDDEFAULT", identity.accessKeyId());
      assertEquals("default-secret", identity.secretAccessKey());
    }
  }

  @Test
  void aSessionTokenMakesSessionCredentials() {
    try (CredentialsResolver resolver = fixture().resolver()) {
      AwsCredentialsIdentity identity = resolver.resolve(Optional.of("dev"));

      AwsSessionCredentialsIdentity session = assertInstanceOf(AwsSessionCredentialsIdentity.class, identity);
      assertEquals("AKIDDEV", session.accessKeyId());
      assertEquals("dev-token", session.sessionToken());
    }
  }

  @Test
  void profilesOfTheConfigFileWorkToo() {
    try (CredentialsResolver resolver = fixture().resolver("ops")) {
      assertEquals("AKIDOPS", resolver.resolve().accessKeyId());
      assertEquals(List.of("default", "dev", "ops", "region-only"), resolver.profileNames());
    }
  }

  @Test
  void aProfileThatDoesNotExistIsAnErrorListingTheKnownOnes() {
    try (CredentialsResolver resolver = fixture().env("AWS_ACCESS_KEY_ID", "AKIDENV")
        .env("AWS_SECRET_ACCESS_KEY", "env-secret").resolver()) {
      CredentialsException e = failure(resolver, Optional.of("prod"));

      assertEquals(CredentialsException.Reason.PROFILE_NOT_FOUND, e.reason());
      assertEquals(Optional.of("prod"), e.profile());
      assertEquals(List.of("default", "dev", "ops", "region-only"), e.knownProfiles());
      assertTrue(e.getMessage().contains("'prod' could not be found"), e.getMessage());
      assertTrue(e.getMessage().contains("default, dev, ops, region-only"), e.getMessage());
      assertTrue(e.getMessage().contains(dir.resolve("config").toString()), e.getMessage());
    }
  }

  @Test
  void aConfiguredProfileThatDoesNotExistIsAnErrorToo() {
    try (CredentialsResolver resolver = fixture().resolver("staging")) {
      assertEquals(CredentialsException.Reason.PROFILE_NOT_FOUND, failure(resolver, Optional.empty()).reason());
    }
  }

  @Test
  void anAwsProfileVariableThatNamesNoProfileIsAnErrorEvenWithEnvironmentKeys() {
    try (CredentialsResolver resolver = fixture().env("AWS_PROFILE", "nope").env("AWS_ACCESS_KEY_ID", "AKIDENV")
        .env("AWS_SECRET_ACCESS_KEY", "env-secret").resolver()) {
      CredentialsException e = failure(resolver, Optional.empty());

      assertEquals(CredentialsException.Reason.PROFILE_NOT_FOUND, e.reason());
      assertEquals(Optional.of("nope"), e.profile());
    }
  }

  @Test
  void environmentKeysComeFirstInTheDefaultChain() {
    try (CredentialsResolver resolver = fixture().env("AWS_ACCESS_KEY_ID", "AKIDENV")
        .env("AWS_SECRET_ACCESS_KEY", "env-secret").env("AWS_SESSION_TOKEN", "env-token").resolver()) {
      AwsSessionCredentialsIdentity identity = assertInstanceOf(AwsSessionCredentialsIdentity.class, resolver.resolve());

      assertEquals("AKIDENV", identity.accessKeyId());
      assertEquals("env-secret", identity.secretAccessKey());
      assertEquals("env-token", identity.sessionToken());
    }
  }

  @Test
  void environmentKeysBeatAwsProfileAsInTheCli() {
    try (CredentialsResolver resolver = fixture().env("AWS_PROFILE", "ops").env("AWS_ACCESS_KEY_ID", "AKIDENV")
        .env("AWS_SECRET_ACCESS_KEY", "env-secret").resolver()) {
      assertEquals("AKIDENV", resolver.resolve().accessKeyId());
    }
  }

  @Test
  void awsProfileIsUsedWhenNoEnvironmentKeysAreSet() {
    try (CredentialsResolver resolver = fixture().env("AWS_PROFILE", "ops").resolver()) {
      assertEquals("AKIDOPS", resolver.resolve().accessKeyId());
    }
  }

  @Test
  void anExplicitProfileBeatsEnvironmentKeys() {
    AwsConfigFixture f = fixture().env("AWS_ACCESS_KEY_ID", "AKIDENV").env("AWS_SECRET_ACCESS_KEY", "env-secret");
    try (CredentialsResolver configured = f.resolver("ops"); CredentialsResolver perCall = f.resolver()) {
      assertEquals("AKIDOPS", configured.resolve().accessKeyId());
      assertEquals("AKIDDEV", perCall.resolve(Optional.of("dev")).accessKeyId());
      assertEquals("AKIDENV", perCall.resolve().accessKeyId());
    }
  }

  @Test
  void aCallProfileBeatsTheConfiguredProfile() {
    try (CredentialsResolver resolver = fixture().resolver("ops")) {
      assertEquals("AKIDDEV", resolver.resolve(Optional.of("dev")).accessKeyId());
      assertEquals("AKIDOPS", resolver.resolve().accessKeyId());
    }
  }

  @Test
  void aNamedProfileWithoutCredentialsDoesNotFallBackToOtherIdentities() {
    try (CredentialsResolver resolver = fixture().env("AWS_ACCESS_KEY_ID", "AKIDENV")
        .env("AWS_SECRET_ACCESS_KEY", "env-secret").resolver()) {
      CredentialsException e = failure(resolver, Optional.of("region-only"));

      assertEquals(CredentialsException.Reason.NO_CREDENTIALS, e.reason());
      assertTrue(e.getMessage().contains("profile 'region-only': sets up no credentials"), e.getMessage());
    }
  }

  @Test
  void noCredentialsAnywhereIsAnErrorSayingWhereTheEngineLooked() {
    try (CredentialsResolver resolver = new AwsConfigFixture(dir).resolver()) {
      CredentialsException e = failure(resolver, Optional.empty());

      assertEquals(CredentialsException.Reason.NO_CREDENTIALS, e.reason());
      for (String place : List.of("environment variables: AWS_ACCESS_KEY_ID not set",
          "web identity token: AWS_WEB_IDENTITY_TOKEN_FILE not set", "profile 'default': not defined",
          "container credentials endpoint", "EC2 instance metadata: disabled by AWS_EC2_METADATA_DISABLED",
          dir.resolve("config") + " (missing)", dir.resolve("credentials") + " (missing)")) {
        assertTrue(e.getMessage().contains(place), () -> "missing '" + place + "' in: " + e.getMessage());
      }
    }
  }

  @Test
  void halfAnEnvironmentKeyPairIsAnError() {
    try (CredentialsResolver resolver = new AwsConfigFixture(dir).env("AWS_ACCESS_KEY_ID", "AKIDENV").resolver()) {
      CredentialsException e = failure(resolver, Optional.empty());

      assertEquals(CredentialsException.Reason.INVALID_CONFIGURATION, e.reason());
      assertTrue(e.getMessage().contains("AWS_SECRET_ACCESS_KEY"), e.getMessage());
    }
  }

  @Test
  void filesAreFoundUnderHomeWhenNoVariableNamesThem() throws Exception {
    AwsConfigFixture f = new AwsConfigFixture(dir);
    Files.createDirectories(dir.resolve(".aws"));
    f.write(".aws/credentials", "[home]\naws_access_key_id = AKIDHOME\naws_secret_access_key = s\n", false);
    Map<String, String> environment = new HashMap<>(f.environment());
    environment.remove("AWS_CONFIG_FILE");
    environment.remove("AWS_SHARED_CREDENTIALS_FILE");

    try (CredentialsResolver resolver = CredentialsResolver.create(Optional.empty(), environment)) {
      assertEquals("AKIDHOME", resolver.resolve(Optional.of("home")).accessKeyId());
      assertEquals(List.of(dir.resolve(".aws/config"), dir.resolve(".aws/credentials")), resolver.configFiles());
    }
  }

  @Test
  void anMfaProfileIsUnsupportedRatherThanPrompted() {
    try (CredentialsResolver resolver = fixture().config(CONFIG + """
        [profile mfa]
        role_arn = arn:aws:iam::123456789012:role/admin
        source_profile = default
        mfa_serial = arn:aws:iam::123456789012:mfa/me
        """).resolver()) {
      assertEquals(CredentialsException.Reason.UNSUPPORTED, failure(resolver, Optional.of("mfa")).reason());
    }
  }

  @Test
  void sourceProfileCyclesAndConflictsAreConfigurationErrors() {
    try (CredentialsResolver resolver = fixture().config(CONFIG + """
        [profile a]
        role_arn = arn:aws:iam::123456789012:role/a
        source_profile = b
        [profile b]
        role_arn = arn:aws:iam::123456789012:role/b
        source_profile = a
        [profile both]
        role_arn = arn:aws:iam::123456789012:role/x
        source_profile = default
        credential_source = Environment
        [profile dangling]
        role_arn = arn:aws:iam::123456789012:role/x
        source_profile = gone
        [profile bare-role]
        role_arn = arn:aws:iam::123456789012:role/x
        """).resolver()) {
      CredentialsException cycle = failure(resolver, Optional.of("a"));
      assertEquals(CredentialsException.Reason.INVALID_CONFIGURATION, cycle.reason());
      assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
      assertEquals(CredentialsException.Reason.INVALID_CONFIGURATION, failure(resolver, Optional.of("both")).reason());
      CredentialsException dangling = failure(resolver, Optional.of("dangling"));
      assertEquals(CredentialsException.Reason.INVALID_CONFIGURATION, dangling.reason());
      assertTrue(dangling.getMessage().contains("source_profile 'gone'"), dangling.getMessage());
      assertEquals(CredentialsException.Reason.INVALID_CONFIGURATION, failure(resolver, Optional.of("bare-role")).reason());
    }
  }

  @Test
  void ssoAndLoginProfilesGoToTheSdkAndFailLoudlyWithoutASession() {
    try (CredentialsResolver resolver = fixture().config(CONFIG + """
        [profile sso]
        sso_session = aws-mcp-test-corp
        sso_account_id = 123456789012
        sso_role_name = ReadOnly
        region = us-east-1
        [sso-session aws-mcp-test-corp]
        sso_start_url = https://aws-mcp-test-corp.awsapps.com/start
        sso_region = us-east-1
        [profile legacy-sso]
        sso_start_url = https://legacy-aws-mcp-test.awsapps.com/start
        sso_region = us-east-1
        sso_account_id = 123456789012
        sso_role_name = ReadOnly
        [profile login]
        login_session = arn:aws:iam::123456789012:user/aws-mcp-test-nobody
        region = us-east-1
        """).env("AWS_ACCESS_KEY_ID", "AKIDENV").env("AWS_SECRET_ACCESS_KEY", "env-secret").resolver()) {
      for (String profile : List.of("sso", "legacy-sso", "login")) {
        CredentialsException e = failure(resolver, Optional.of(profile));

        assertEquals(CredentialsException.Reason.PROVIDER_FAILED, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("profile '" + profile + "'"), e.getMessage());
      }
    }
  }

  @Test
  void secretsAppearInNoMessageOrDescription() {
    AwsConfigFixture f = fixture().env("AWS_PROFILE", "missing").env("AWS_SECRET_ACCESS_KEY", "env-secret")
        .env("AWS_ACCESS_KEY_ID", "AKIDENV");
    try (CredentialsResolver resolver = f.resolver()) {
      CredentialsException e = failure(resolver, Optional.empty());
      String printed = e.getMessage() + resolver + resolver.resolve(Optional.of("dev"))
          + resolver.resolve(Optional.of("ops"));

      for (String secret : List.of("default-secret", "dev-secret", "dev-token", "ops-secret", "env-secret")) {
        assertFalse(printed.contains(secret), printed);
      }
    }
  }

  @Test
  void aBrokenConfigFileIsAConfigurationError() {
    try (CredentialsResolver resolver = new AwsConfigFixture(dir).config("[profile x\nregion = us-east-1\n").resolver()) {
      CredentialsException e = failure(resolver, Optional.of("x"));

      assertEquals(CredentialsException.Reason.INVALID_CONFIGURATION, e.reason());
    }
  }
}
