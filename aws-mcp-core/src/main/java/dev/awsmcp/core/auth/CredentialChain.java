package dev.awsmcp.core.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Sources tried in order; the first that supplies credentials is kept and asked from then on
 * (its provider caches and refreshes them). A source that is set up but fails is an error, not a
 * reason to fall back to another identity, except for the probing container and instance
 * metadata sources. When nothing supplies credentials, the error lists every place looked at.
 * Thread-safe.
 */
final class CredentialChain {
  private final Optional<String> profile;
  private final List<CredentialSource> sources;
  private final String files;
  private volatile CredentialSource chosen;

  CredentialChain(Optional<String> profile, List<CredentialSource> sources, String files) {
    this.profile = profile;
    this.sources = List.copyOf(sources);
    this.files = files;
  }

  AwsCredentials resolve() {
    CredentialSource source = chosen;
    if (source != null) {
      return resolve(source);
    }
    synchronized (this) {
      if (chosen != null) {
        return resolve(chosen);
      }
      List<String> looked = new ArrayList<>();
      for (CredentialSource candidate : sources) {
        if (candidate.provider().isEmpty()) {
          looked.add(candidate.name() + ": " + candidate.absentBecause());
          continue;
        }
        try {
          AwsCredentials credentials = candidate.provider().get().resolveCredentials();
          chosen = candidate;
          return credentials;
        } catch (CredentialsException e) {
          throw e;
        } catch (RuntimeException e) {
          if (!candidate.probe()) {
            throw failed(candidate, e);
          }
          looked.add(candidate.name() + ": not available (" + SdkMessages.of(e) + ")");
        }
      }
      throw new CredentialsException(CredentialsException.Reason.NO_CREDENTIALS, profile, List.of(),
          "no AWS credentials found" + profile.map(p -> " for profile '" + p + "'").orElse("") + ". Looked at: "
              + String.join("; ", looked) + " (" + files + "). Set up credentials with 'aws configure', "
              + "'aws configure sso' or 'aws login', or name a profile that has them.", null);
    }
  }

  private AwsCredentials resolve(CredentialSource source) {
    try {
      return source.provider().orElseThrow().resolveCredentials();
    } catch (CredentialsException e) {
      throw e;
    } catch (RuntimeException e) {
      throw failed(source, e);
    }
  }

  /** Closes the providers that hold clients or threads (SSO, STS, login). */
  void close() {
    for (CredentialSource source : sources) {
      if (source.provider().orElse(null) instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          // Closing releases resources only; nothing to report to a caller shutting down.
        }
      }
    }
  }

  private CredentialsException failed(CredentialSource source, RuntimeException e) {
    return new CredentialsException(CredentialsException.Reason.PROVIDER_FAILED, profile, List.of(),
        "credentials from " + source.name() + " could not be obtained: " + SdkMessages.of(e), e);
  }
}
