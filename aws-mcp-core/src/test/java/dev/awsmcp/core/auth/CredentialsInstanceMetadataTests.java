package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.awsmcp.core.testing.MotoServer;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** The machine's own credentials, from a loopback IMDSv2 stand-in named by the environment. */
class CredentialsInstanceMetadataTests {
  @TempDir Path dir;

  @Test
  void theDefaultChainEndsAtInstanceMetadata() throws Exception {
    try (InstanceMetadataServer imds = new InstanceMetadataServer("web-server", "AKIDIMDS00000000");
        CredentialsResolver resolver = new AwsConfigFixture(dir)
            .env("AWS_EC2_METADATA_DISABLED", "false")
            .env("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.endpoint()).resolver()) {
      AwsSessionCredentialsIdentity identity = assertInstanceOf(AwsSessionCredentialsIdentity.class, resolver.resolve());

      assertEquals("AKIDIMDS00000000", identity.accessKeyId());
      assertEquals("imds-token", identity.sessionToken());
      resolver.resolve();
      assertEquals(1, imds.credentialRequests(), "instance credentials are cached until they near expiry");
    }
  }

  @Test
  void aRoleCanTakeInstanceCredentialsAsItsSource() throws Exception {
    MotoServer moto = MotoServer.shared();
    try (InstanceMetadataServer imds = new InstanceMetadataServer("web-server", "AKIDIMDS00000000");
        CredentialsResolver resolver = new AwsConfigFixture(dir).config("""
            [profile from-instance]
            role_arn = arn:aws:iam::123456789012:role/deployer
            credential_source = Ec2InstanceMetadata
            region = us-east-1
            """)
            .env("AWS_EC2_METADATA_DISABLED", "false")
            .env("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.endpoint())
            .env("AWS_ENDPOINT_URL_STS", moto.endpoint().toString()).resolver()) {
      AwsSessionCredentialsIdentity identity =
          assertInstanceOf(AwsSessionCredentialsIdentity.class, resolver.resolve(Optional.of("from-instance")));

      assertNotEquals("AKIDIMDS00000000", identity.accessKeyId());
      assertEquals(1, imds.credentialRequests(), "the instance credentials signed the AssumeRole call");
    }
  }
}
