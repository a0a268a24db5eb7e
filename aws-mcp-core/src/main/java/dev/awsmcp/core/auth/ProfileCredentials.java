package dev.awsmcp.core.auth;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The credentials provider a named profile describes, as the AWS CLI reads profiles.
 *
 * <ul>
 *   <li>{@code role_arn} with {@code source_profile} (followed recursively, role chaining
 *       included; a source profile's static keys win over its own {@code role_arn}, and a profile
 *       may name itself to use its own keys), {@code credential_source}
 *       ({@code Environment}, {@code Ec2InstanceMetadata}, {@code EcsContainer}) or
 *       {@code web_identity_token_file}: assumed here through {@link AssumeRoleCredentials};
 *   <li>static keys, {@code credential_process}, SSO ({@code sso_session} and legacy
 *       {@code sso_start_url}) and {@code login_session} ({@code aws login}): the SDK's
 *       {@link ProfileCredentialsProvider} over the engine's config files.
 * </ul>
 *
 * <p>Limitation: SSO and login token caches ({@code ~/.aws/sso/cache}, {@code ~/.aws/login/cache})
 * and the environment of a {@code credential_process} come from the process, not the engine's
 * environment, because the SDK reads them there.
 */
final class ProfileCredentials {
  private static final List<String> SDK_CREDENTIAL_PROPERTIES = List.of(
      ProfileProperty.AWS_ACCESS_KEY_ID, ProfileProperty.AWS_SESSION_TOKEN, ProfileProperty.CREDENTIAL_PROCESS,
      "sso_session", ProfileProperty.SSO_START_URL, ProfileProperty.SSO_ACCOUNT_ID, ProfileProperty.SSO_ROLE_NAME,
      ProfileProperty.LOGIN_SESSION);

  private final ProfileFile file;
  private final AwsConfigFiles files;
  private final Map<String, String> environment;
  private final StsClients sts;

  ProfileCredentials(ProfileFile file, AwsConfigFiles files, Map<String, String> environment, StsClients sts) {
    this.file = file;
    this.files = files;
    this.environment = environment;
    this.sts = sts;
  }

  ProfileFile file() {
    return file;
  }

  StsClients sts() {
    return sts;
  }

  boolean exists(String name) {
    return file.profile(name).isPresent();
  }

  /** Every profile in either file, sorted. */
  List<String> names() {
    return List.copyOf(new TreeSet<>(file.profiles().keySet()));
  }

  CredentialsException notFound(String name) {
    List<String> known = names();
    return new CredentialsException(CredentialsException.Reason.PROFILE_NOT_FOUND, Optional.of(name), known,
        "the config profile '" + name + "' could not be found in " + files.describe() + "; "
            + (known.isEmpty() ? "no profiles are defined" : "known profiles: " + String.join(", ", known)), null);
  }

  /**
   * The profile's credentials provider, or empty when the profile exists but sets up no
   * credentials (only a region, say).
   *
   * @throws CredentialsException when the profile does not exist or is set up wrongly
   */
  Optional<AwsCredentialsProvider> provider(String name) {
    return provider(name, new LinkedHashSet<>());
  }

  private Optional<AwsCredentialsProvider> provider(String name, Set<String> chain) {
    Profile profile = file.profile(name).orElseThrow(() -> notFound(name));
    if (!chain.add(name)) {
      throw invalid(name, "the profiles " + String.join(" -> ", chain) + " -> " + name + " form a cycle of source_profile");
    }
    if (profile.property(ProfileProperty.ROLE_ARN).isPresent()) {
      return Optional.of(role(profile, chain));
    }
    if (profile.property(ProfileProperty.WEB_IDENTITY_TOKEN_FILE).isPresent()) {
      throw invalid(name, "web_identity_token_file needs role_arn in profile '" + name + "'");
    }
    if (SDK_CREDENTIAL_PROPERTIES.stream().noneMatch(p -> profile.property(p).isPresent())) {
      return Optional.empty();
    }
    if (profile.property(ProfileProperty.AWS_ACCESS_KEY_ID).isPresent()
        && profile.property(ProfileProperty.AWS_SECRET_ACCESS_KEY).isEmpty()) {
      throw invalid(name, "profile '" + name + "' sets aws_access_key_id but not aws_secret_access_key");
    }
    return Optional.of(ProfileCredentialsProvider.builder().profileFile(file).profileName(name).build());
  }

  private AwsCredentialsProvider role(Profile profile, Set<String> chain) {
    String name = profile.name();
    if (profile.property(ProfileProperty.MFA_SERIAL).isPresent()) {
      throw new CredentialsException(CredentialsException.Reason.UNSUPPORTED, Optional.of(name),
          "profile '" + name + "' needs an MFA code (mfa_serial), which this non-interactive engine cannot ask for; "
              + "use a profile with credential_process, SSO or temporary keys from 'aws sts get-session-token'");
    }
    Optional<String> tokenFile = profile.property(ProfileProperty.WEB_IDENTITY_TOKEN_FILE);
    if (tokenFile.isPresent()) {
      return AssumeRoleCredentials.webIdentity(profile.property(ProfileProperty.ROLE_ARN).orElseThrow(),
          Path.of(tokenFile.get()), profile.property(ProfileProperty.ROLE_SESSION_NAME), Optional.of(profile), sts);
    }
    Optional<String> sourceProfile = profile.property(ProfileProperty.SOURCE_PROFILE);
    Optional<String> credentialSource = profile.property(ProfileProperty.CREDENTIAL_SOURCE);
    if (sourceProfile.isPresent() && credentialSource.isPresent()) {
      throw invalid(name, "profile '" + name + "' sets both source_profile and credential_source; keep one");
    }
    AwsCredentialsProvider source;
    if (sourceProfile.isPresent()) {
      source = sourceProfile.get().equals(name) ? ownKeys(profile) : sourceProfile(name, sourceProfile.get(), chain);
    } else if (credentialSource.isPresent()) {
      source = credentialSource(profile, credentialSource.get());
    } else {
      throw invalid(name, "profile '" + name + "' sets role_arn without source_profile, credential_source or "
          + "web_identity_token_file");
    }
    return AssumeRoleCredentials.forProfile(profile, source, sts);
  }

  private AwsCredentialsProvider sourceProfile(String name, String source, Set<String> chain) {
    if (!exists(source)) {
      CredentialsException missing = notFound(source);
      throw new CredentialsException(CredentialsException.Reason.INVALID_CONFIGURATION, Optional.of(name),
          missing.knownProfiles(), "the source_profile '" + source + "' of profile '" + name + "' could not be found; "
              + (missing.knownProfiles().isEmpty() ? "no profiles are defined"
                  : "known profiles: " + String.join(", ", missing.knownProfiles())), null);
    }
    Profile sourceProfile = file.profile(source).orElseThrow();
    // Static keys in a source profile win over its own role_arn, as in botocore.
    if (sourceProfile.property(ProfileProperty.AWS_ACCESS_KEY_ID).isPresent()
        && sourceProfile.property(ProfileProperty.AWS_SECRET_ACCESS_KEY).isPresent()) {
      return ownKeys(sourceProfile);
    }
    return provider(source, chain).orElseThrow(() -> invalid(name,
        "the source_profile '" + source + "' of profile '" + name + "' has no credentials"));
  }

  // The static keys of a profile: a role profile's own when it names itself as source_profile.
  private AwsCredentialsProvider ownKeys(Profile profile) {
    String id = profile.property(ProfileProperty.AWS_ACCESS_KEY_ID).orElse(null);
    String secret = profile.property(ProfileProperty.AWS_SECRET_ACCESS_KEY).orElse(null);
    if (id == null || secret == null) {
      throw invalid(profile.name(), "profile '" + profile.name() + "' is its own source_profile but has no "
          + "aws_access_key_id and aws_secret_access_key");
    }
    Optional<String> token = profile.property(ProfileProperty.AWS_SESSION_TOKEN);
    return StaticCredentialsProvider.create(token.isPresent()
        ? AwsSessionCredentials.create(id, secret, token.get())
        : AwsBasicCredentials.create(id, secret));
  }

  private AwsCredentialsProvider credentialSource(Profile profile, String source) {
    switch (source.trim()) {
      case "Environment":
        return StaticCredentialsProvider.create(EnvironmentCredentials.from(environment).orElseThrow(() ->
            invalid(profile.name(), "profile '" + profile.name() + "' takes credential_source Environment, but "
                + EnvironmentCredentials.ACCESS_KEY_ID + " is not set")));
      case "Ec2InstanceMetadata":
        return MachineCredentials.instanceMetadata(environment, file, profile.name()).provider().orElseThrow(() ->
            invalid(profile.name(), "profile '" + profile.name() + "' takes credential_source Ec2InstanceMetadata, "
                + "but AWS_EC2_METADATA_DISABLED is true"));
      case "EcsContainer":
        return MachineCredentials.container(environment).provider().orElseThrow(() ->
            invalid(profile.name(), "profile '" + profile.name() + "' takes credential_source EcsContainer, but "
                + "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / _FULL_URI are not set"));
      default:
        throw invalid(profile.name(), "profile '" + profile.name() + "' has an unknown credential_source '" + source
            + "' (expected Environment, Ec2InstanceMetadata or EcsContainer)");
    }
  }

  private static CredentialsException invalid(String profile, String message) {
    return new CredentialsException(CredentialsException.Reason.INVALID_CONFIGURATION, Optional.of(profile), message);
  }
}
