package dev.awsmcp.core.auth;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The configured STS endpoint URL for role assumption, in the order of AWS's "service-specific
 * endpoints" settings: {@code AWS_ENDPOINT_URL_STS}, {@code AWS_ENDPOINT_URL}, the profile's
 * {@code services} section ({@code sts = endpoint_url = ...}), the profile's {@code endpoint_url};
 * none at all when {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} or the profile's
 * {@code ignore_configured_endpoint_urls} is true.
 */
final class StsEndpoint {
  private StsEndpoint() {}

  static Optional<URI> configured(Map<String, String> environment, ProfileFile file, Optional<Profile> profile) {
    if (isTrue(environment.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))
        || profile.flatMap(p -> p.property("ignore_configured_endpoint_urls")).map(StsEndpoint::isTrue).orElse(false)) {
      return Optional.empty();
    }
    return nonBlank(environment.get("AWS_ENDPOINT_URL_STS"))
        .or(() -> nonBlank(environment.get("AWS_ENDPOINT_URL")))
        .or(() -> profile.flatMap(p -> p.property("services"))
            .flatMap(name -> file.getSection("services", name))
            .flatMap(section -> section.property("sts.endpoint_url")))
        .or(() -> profile.flatMap(p -> p.property("endpoint_url")))
        .flatMap(StsEndpoint::nonBlank)
        .map(url -> {
          try {
            return URI.create(url);
          } catch (IllegalArgumentException e) {
            throw new CredentialsException(CredentialsException.Reason.INVALID_CONFIGURATION,
                profile.map(Profile::name), "the STS endpoint URL '" + url + "' is not a valid URL");
          }
        });
  }

  private static Optional<String> nonBlank(String v) {
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  private static boolean isTrue(String v) {
    return v != null && v.trim().toLowerCase(Locale.ROOT).equals("true");
  }
}
