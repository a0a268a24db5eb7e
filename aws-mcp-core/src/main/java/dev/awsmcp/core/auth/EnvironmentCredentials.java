package dev.awsmcp.core.auth;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * Keys from {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and optionally
 * {@code AWS_SESSION_TOKEN} / {@code AWS_ACCOUNT_ID} of a given environment. The SDK's own
 * provider reads only the process environment, so this one reads the engine's.
 */
final class EnvironmentCredentials {
  static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
  static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
  static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";

  private EnvironmentCredentials() {}

  /**
   * The credentials the environment holds, if any.
   *
   * @throws CredentialsException when only one of the key pair is set (the CLI refuses that too)
   */
  static Optional<AwsCredentials> from(Map<String, String> environment) {
    String accessKeyId = value(environment, ACCESS_KEY_ID);
    String secret = value(environment, SECRET_ACCESS_KEY);
    if (accessKeyId == null && secret == null) {
      return Optional.empty();
    }
    if (accessKeyId == null || secret == null) {
      throw new CredentialsException(CredentialsException.Reason.INVALID_CONFIGURATION, Optional.empty(),
          (accessKeyId == null ? SECRET_ACCESS_KEY + " is set but " + ACCESS_KEY_ID : ACCESS_KEY_ID + " is set but "
              + SECRET_ACCESS_KEY) + " is not; set both or neither");
    }
    String token = value(environment, SESSION_TOKEN);
    String accountId = value(environment, "AWS_ACCOUNT_ID");
    if (token != null) {
      return Optional.of(AwsSessionCredentials.builder().accessKeyId(accessKeyId).secretAccessKey(secret)
          .sessionToken(token).accountId(accountId).providerName("Environment").build());
    }
    return Optional.of(AwsBasicCredentials.builder().accessKeyId(accessKeyId).secretAccessKey(secret)
        .accountId(accountId).providerName("Environment").build());
  }

  private static String value(Map<String, String> environment, String name) {
    String v = environment.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }
}
