package dev.awsmcp.core.auth;

import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Credentials of the machine the engine runs on: the ECS/EKS container endpoint and EC2
 * instance metadata (IMDSv2).
 *
 * <p>Limitation: the SDK's container provider reads {@code AWS_CONTAINER_CREDENTIALS_*} and the
 * authorization token from the process environment, not the engine's; this source is only
 * offered when the engine's environment names a container endpoint too, which is always the case
 * when the engine uses the process environment (the default).
 */
final class MachineCredentials {
  private MachineCredentials() {}

  static CredentialSource container(Map<String, String> environment) {
    String name = "container credentials endpoint";
    if (!set(environment, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") && !set(environment, "AWS_CONTAINER_CREDENTIALS_FULL_URI")) {
      return CredentialSource.absent(name, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and _FULL_URI not set");
    }
    return CredentialSource.probing(name, ContainerCredentialsProvider.builder().build());
  }

  static CredentialSource instanceMetadata(Map<String, String> environment, ProfileFile file, String profileName) {
    String name = "EC2 instance metadata";
    String disabled = environment.get("AWS_EC2_METADATA_DISABLED");
    if (disabled != null && disabled.trim().toLowerCase(Locale.ROOT).equals("true")) {
      return CredentialSource.absent(name, "disabled by AWS_EC2_METADATA_DISABLED");
    }
    InstanceProfileCredentialsProvider.Builder b = InstanceProfileCredentialsProvider.builder()
        .profileFile(file)
        .profileName(profileName);
    String endpoint = environment.get("AWS_EC2_METADATA_SERVICE_ENDPOINT");
    if (endpoint != null && !endpoint.isBlank()) {
      b.endpoint(endpoint.trim());
    }
    return CredentialSource.probing(name, b.build());
  }

  private static boolean set(Map<String, String> environment, String name) {
    String v = environment.get(name);
    return v != null && !v.isBlank();
  }
}
