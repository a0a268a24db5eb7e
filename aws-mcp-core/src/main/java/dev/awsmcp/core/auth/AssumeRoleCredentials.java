package dev.awsmcp.core.auth;

import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.auth.StsWebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * Role assumption through STS, built here rather than by the SDK's profile support because the
 * SDK's STS client would take its endpoint and settings from the process environment and the
 * default config files; these use {@link StsClients}. The SDK providers cache the temporary
 * credentials and refresh them before they expire.
 */
final class AssumeRoleCredentials {
  private AssumeRoleCredentials() {}

  /** {@code role_arn} with {@code source_profile} or {@code credential_source}. */
  static AwsCredentialsProvider forProfile(Profile profile, AwsCredentialsProvider source, StsClients sts) {
    String roleArn = profile.property(ProfileProperty.ROLE_ARN).orElseThrow();
    AssumeRoleRequest.Builder request = AssumeRoleRequest.builder()
        .roleArn(roleArn)
        .roleSessionName(profile.property(ProfileProperty.ROLE_SESSION_NAME).orElseGet(AssumeRoleCredentials::sessionName));
    profile.property(ProfileProperty.EXTERNAL_ID).ifPresent(request::externalId);
    profile.property(ProfileProperty.DURATION_SECONDS).ifPresent(seconds -> {
      try {
        request.durationSeconds(Integer.valueOf(seconds.trim()));
      } catch (NumberFormatException e) {
        throw new CredentialsException(CredentialsException.Reason.INVALID_CONFIGURATION, Optional.of(profile.name()),
            "duration_seconds of profile '" + profile.name() + "' is not a number: " + seconds);
      }
    });
    return StsAssumeRoleCredentialsProvider.builder()
        .stsClient(sts.create(Optional.of(profile), source))
        .refreshRequest(request.build())
        .build();
  }

  /** The engine's agent role, assumed with the credentials a profile or the chain gives. */
  static AwsCredentialsProvider forAgent(AgentRole role, AwsCredentialsProvider source, StsClients sts) {
    AssumeRoleRequest.Builder request = AssumeRoleRequest.builder()
        .roleArn(role.roleArn())
        .roleSessionName(role.sessionName())
        .tags(role.tags().entrySet().stream()
            .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
            .collect(java.util.stream.Collectors.toList()));
    role.sourceIdentity().ifPresent(request::sourceIdentity);
    return StsAssumeRoleCredentialsProvider.builder()
        .stsClient(sts.create(Optional.empty(), source))
        .refreshRequest(request.build())
        .build();
  }

  /** {@code role_arn} with {@code web_identity_token_file}, from a profile or the environment. */
  static AwsCredentialsProvider webIdentity(String roleArn, Path tokenFile, Optional<String> sessionName,
      Optional<Profile> profile, StsClients sts) {
    // AssumeRoleWithWebIdentity is an unsigned call: the token is the credential.
    return StsWebIdentityTokenFileCredentialsProvider.builder()
        .stsClient(sts.create(profile, AnonymousCredentialsProvider.create()))
        .roleArn(roleArn)
        .webIdentityTokenFile(tokenFile)
        .roleSessionName(sessionName.orElseGet(AssumeRoleCredentials::sessionName))
        .build();
  }

  private static String sessionName() {
    return "aws-mcp-" + System.currentTimeMillis();
  }
}
