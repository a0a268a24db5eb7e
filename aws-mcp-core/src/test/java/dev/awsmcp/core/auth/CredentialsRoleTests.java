package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.endpoint.AuthScheme;
import dev.awsmcp.core.protocol.WireRequest;
import dev.awsmcp.core.testing.MotoServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Role profiles against moto's STS: the temporary credentials come back from a real
 * AssumeRole call, and moto's GetCallerIdentity (signed with them by {@link RequestSigner})
 * confirms which role and session they belong to.
 */
class CredentialsRoleTests {
  private static final String ROLE = "arn:aws:iam::123456789012:role/deployer";
  private static final String SOURCE_KEYS = """
      [default]
      aws_access_key_id = AKIDSOURCE000000
      aws_secret_access_key = source-secret
      """;

  @TempDir Path dir;
  private MotoServer moto;

  @BeforeEach
  void startMoto() {
    moto = MotoServer.shared();
  }

  private AwsConfigFixture fixture(String config) {
    return new AwsConfigFixture(dir).credentials(SOURCE_KEYS).config(config).env("AWS_REGION", "us-east-1");
  }

  private String callerArn(AwsCredentialsIdentity identity) throws Exception {
    WireRequest request = WireRequest.builder("POST", "/")
        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        .body("Action=GetCallerIdentity&Version=2011-06-15".getBytes(StandardCharsets.UTF_8))
        .build();
    SignedHttpRequest signed = RequestSigner.create().sign(request, moto.endpoint(),
        new AuthScheme("sigv4", "sts", "us-east-1", List.of(), false, false), identity);
    HttpResponse<byte[]> response = new JdkTransport().send(signed);
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(200, response.statusCode(), body);
    Matcher arn = Pattern.compile("<Arn>([^<]+)</Arn>").matcher(body);
    assertTrue(arn.find(), body);
    return arn.group(1);
  }

  private void assertAssumed(AwsCredentialsIdentity identity, String sessionName) throws Exception {
    AwsSessionCredentialsIdentity session = assertInstanceOf(AwsSessionCredentialsIdentity.class, identity);
    assertNotEquals("AKIDSOURCE000000", session.accessKeyId());
    assertNotEquals("source-secret", session.secretAccessKey());
    assertTrue(!session.sessionToken().isBlank());
    assertEquals("arn:aws:sts::123456789012:assumed-role/deployer/" + sessionName, callerArn(identity));
  }

  @Test
  void sourceProfileRoleIsAssumedAtTheStsEndpointVariable() throws Exception {
    try (CredentialsResolver resolver = fixture("""
        [profile deploy]
        role_arn = %s
        source_profile = default
        role_session_name = via-sts-variable
        """.formatted(ROLE)).env("AWS_ENDPOINT_URL_STS", moto.endpoint().toString()).resolver()) {
      assertAssumed(resolver.resolve(Optional.of("deploy")), "via-sts-variable");
    }
  }

  @Test
  void theGeneralEndpointVariableIsHonouredToo() throws Exception {
    try (CredentialsResolver resolver = fixture("""
        [profile deploy]
        role_arn = %s
        source_profile = default
        role_session_name = via-endpoint-variable
        """.formatted(ROLE)).env("AWS_ENDPOINT_URL", moto.endpoint().toString()).resolver("deploy")) {
      assertAssumed(resolver.resolve(), "via-endpoint-variable");
    }
  }

  @Test
  void theProfilesEndpointUrlAndServicesSectionAreHonoured() throws Exception {
    try (CredentialsResolver resolver = fixture("""
        [profile by-endpoint-url]
        role_arn = %1$s
        source_profile = default
        role_session_name = via-endpoint-url
        endpoint_url = %2$s
        [profile by-services]
        role_arn = %1$s
        source_profile = default
        role_session_name = via-services
        services = local
        [services local]
        sts =
          endpoint_url = %2$s
        """.formatted(ROLE, moto.endpoint())).resolver()) {
      assertAssumed(resolver.resolve(Optional.of("by-endpoint-url")), "via-endpoint-url");
      assertAssumed(resolver.resolve(Optional.of("by-services")), "via-services");
    }
  }

  @Test
  void rolesChainThroughSourceProfiles() throws Exception {
    try (CredentialsResolver resolver = fixture("""
        [profile first]
        role_arn = arn:aws:iam::123456789012:role/intermediate
        source_profile = default
        [profile deploy]
        role_arn = %s
        source_profile = first
        role_session_name = chained
        """.formatted(ROLE)).env("AWS_ENDPOINT_URL_STS", moto.endpoint().toString()).resolver()) {
      assertAssumed(resolver.resolve(Optional.of("deploy")), "chained");
    }
  }

  @Test
  void aProfileCanBeItsOwnSource() throws Exception {
    try (CredentialsResolver resolver = fixture("""
        [profile self]
        aws_access_key_id = AKIDSELF00000000
        aws_secret_access_key = self-secret
        role_arn = %s
        source_profile = self
        role_session_name = self-sourced
        """.formatted(ROLE)).env("AWS_ENDPOINT_URL_STS", moto.endpoint().toString()).resolver()) {
      assertAssumed(resolver.resolve(Optional.of("self")), "self-sourced");
    }
  }

  @Test
  void staticKeysOfASourceProfileWinOverItsOwnRole() throws Exception {
    // As in botocore: 'keys' is not followed to its (broken) source, its keys are used directly.
    try (CredentialsResolver resolver = fixture("""
        [profile keys]
        aws_access_key_id = AKIDKEYS00000000
        aws_secret_access_key = keys-secret
        role_arn = %1$s
        source_profile = does-not-exist
        [profile deploy]
        role_arn = %1$s
        source_profile = keys
        role_session_name = keys-of-source
        """.formatted(ROLE)).env("AWS_ENDPOINT_URL_STS", moto.endpoint().toString()).resolver()) {
      assertAssumed(resolver.resolve(Optional.of("deploy")), "keys-of-source");
      assertEquals(CredentialsException.Reason.INVALID_CONFIGURATION,
          assertThrows(CredentialsException.class, () -> resolver.resolve(Optional.of("keys"))).reason());
    }
  }

  @Test
  void credentialSourceEnvironmentAssumesTheRoleWithEnvironmentKeys() throws Exception {
    try (CredentialsResolver resolver = fixture("""
        [profile deploy]
        role_arn = %s
        credential_source = Environment
        role_session_name = from-environment
        """.formatted(ROLE)).env("AWS_ENDPOINT_URL_STS", moto.endpoint().toString())
        .env("AWS_ACCESS_KEY_ID", "AKIDENVIRONMENT0").env("AWS_SECRET_ACCESS_KEY", "env-secret").resolver()) {
      AwsCredentialsIdentity identity = resolver.resolve(Optional.of("deploy"));

      assertNotEquals("AKIDENVIRONMENT0", identity.accessKeyId());
      assertAssumed(identity, "from-environment");
    }
  }

  @Test
  void webIdentityFromTheEnvironmentAndFromAProfile() throws Exception {
    Path token = new AwsConfigFixture(dir).write("token.jwt", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.", false);
    AwsConfigFixture f = fixture("""
        [profile web]
        role_arn = %s
        web_identity_token_file = %s
        role_session_name = web-profile
        """.formatted(ROLE, token)).env("AWS_ENDPOINT_URL_STS", moto.endpoint().toString())
        .env("AWS_WEB_IDENTITY_TOKEN_FILE", token.toString()).env("AWS_ROLE_ARN", ROLE)
        .env("AWS_ROLE_SESSION_NAME", "web-environment");
    try (CredentialsResolver resolver = f.resolver()) {
      assertAssumed(resolver.resolve(), "web-environment");
      assertAssumed(resolver.resolve(Optional.of("web")), "web-profile");
    }
  }

  @Test
  void assumedCredentialsAreCachedPerProfile() throws Exception {
    try (CredentialsResolver resolver = fixture("""
        [profile deploy]
        role_arn = %s
        source_profile = default
        """.formatted(ROLE)).env("AWS_ENDPOINT_URL_STS", moto.endpoint().toString()).resolver()) {
      AwsCredentialsIdentity first = resolver.resolve(Optional.of("deploy"));
      AwsCredentialsIdentity second = resolver.resolve(Optional.of("deploy"));

      assertEquals(first.accessKeyId(), second.accessKeyId());
      assertEquals("AKIDSOURCE000000", resolver.resolve(Optional.of("default")).accessKeyId());
    }
  }

  @Test
  void anUnreachableStsIsAProviderFailureNamingTheProfile() {
    // STS refusing or unreachable: the failure names the profile instead of falling back.
    try (CredentialsResolver resolver = fixture("""
        [profile deploy]
        role_arn = %s
        source_profile = default
        """.formatted(ROLE)).env("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:1").resolver()) {
      CredentialsException e = assertThrows(CredentialsException.class,
          () -> resolver.resolve(Optional.of("deploy")));

      assertEquals(CredentialsException.Reason.PROVIDER_FAILED, e.reason());
      assertTrue(e.getMessage().contains("profile 'deploy'"), e.getMessage());
    }
  }
}
