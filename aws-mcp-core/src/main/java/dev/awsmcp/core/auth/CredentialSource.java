package dev.awsmcp.core.auth;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * One place the chain looks for credentials.
 *
 * @param name what it is, for messages ({@code "profile 'dev'"}, {@code "environment variables"})
 * @param provider the provider when this source is set up, else empty
 * @param absentBecause why it is not set up (shown when no source gave credentials)
 * @param probe whether a failure only means "not available here" (container and instance
 *     metadata endpoints), so the chain moves on; a failure of any other source that is set up
 *     is reported, never skipped
 */
record CredentialSource(String name, Optional<AwsCredentialsProvider> provider, String absentBecause, boolean probe) {

  static CredentialSource configured(String name, AwsCredentialsProvider provider) {
    return new CredentialSource(name, Optional.of(provider), "", false);
  }

  static CredentialSource probing(String name, AwsCredentialsProvider provider) {
    return new CredentialSource(name, Optional.of(provider), "", true);
  }

  static CredentialSource absent(String name, String because) {
    return new CredentialSource(name, Optional.empty(), because, false);
  }
}
