package dev.awsmcp.core.auth;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * STS clients for role assumption, configured from the engine's environment and config files
 * instead of the process's: region from the profile, {@code AWS_REGION} or
 * {@code AWS_DEFAULT_REGION} (else the global endpoint in us-east-1, as the SDK does), endpoint
 * from {@link StsEndpoint}, one shared URL-connection HTTP client.
 *
 * <p>Limitation: with no endpoint configured in the engine's environment or the profile, the
 * SDK's client still consults {@code AWS_ENDPOINT_URL_STS} / {@code AWS_ENDPOINT_URL} of the
 * process environment (the same map unless an embedder passes its own).
 */
final class StsClients {
  private final Map<String, String> environment;
  private final ProfileFile file;
  private final List<StsClient> created = new CopyOnWriteArrayList<>();
  private SdkHttpClient http;

  StsClients(Map<String, String> environment, ProfileFile file) {
    this.environment = environment;
    this.file = file;
  }

  // Created on first need: most engines never assume a role, and startup time matters.
  private synchronized SdkHttpClient http() {
    if (http == null) {
      http = UrlConnectionHttpClient.builder().build();
    }
    return http;
  }

  /** A client for the given profile's settings, calling STS with the given credentials. */
  StsClient create(Optional<Profile> profile, AwsCredentialsProvider credentials) {
    Optional<String> region = profile.flatMap(p -> p.property(ProfileProperty.REGION))
        .or(() -> variable("AWS_REGION"))
        .or(() -> variable("AWS_DEFAULT_REGION"));
    Optional<URI> endpoint = StsEndpoint.configured(environment, file, profile);
    ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder().defaultProfileFile(file);
    profile.ifPresent(p -> override.defaultProfileName(p.name()));
    var builder = StsClient.builder()
        .httpClient(http())
        .credentialsProvider(credentials)
        .overrideConfiguration(override.build())
        .region(Region.of(region.orElse("us-east-1")));
    if (endpoint.isPresent()) {
      builder.endpointOverride(endpoint.get());
    } else if (region.isEmpty()) {
      builder.endpointOverride(URI.create("https://sts.amazonaws.com"));
    }
    StsClient client = builder.build();
    created.add(client);
    return client;
  }

  /** Closes the clients made here and their shared HTTP client. */
  synchronized void close() {
    created.forEach(StsClient::close);
    created.clear();
    if (http != null) {
      http.close();
      http = null;
    }
  }

  private Optional<String> variable(String name) {
    String v = environment.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }
}
