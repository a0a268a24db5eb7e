package dev.awsmcp.core.exec;

import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.auth.AwsConfigFiles;
import dev.awsmcp.core.endpoint.EndpointSettings;
import dev.awsmcp.core.model.ServiceModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The endpoint built-ins of one command, from its options and the environment the AWS CLI reads:
 * {@code --endpoint-url}, else {@code AWS_ENDPOINT_URL_<SERVICE>}, else {@code AWS_ENDPOINT_URL};
 * {@code AWS_USE_FIPS_ENDPOINT}; {@code AWS_USE_DUALSTACK_ENDPOINT};
 * {@code AWS_S3_US_EAST_1_REGIONAL_ENDPOINT}; {@code AWS_STS_REGIONAL_ENDPOINTS}; and, when the
 * environment does not say, the command's profile in the AWS config file: {@code use_fips_endpoint},
 * {@code use_dualstack_endpoint}, {@code sts_regional_endpoints} and the {@code s3} section
 * ({@code addressing_style}, {@code use_accelerate_endpoint}, {@code use_dualstack_endpoint},
 * {@code us_east_1_regional_endpoint}). Everything else keeps the AWS CLI v1's defaults
 * ({@link EndpointSettings#of}). The config file is read once.
 */
final class EndpointSettingsFactory {
  private static final int MAX_CACHED = 1024;
  private final Map<String, String> environment;
  private final Optional<String> configuredProfile;
  private volatile ProfileFile profileFile;
  // Built once per service, region and endpoint URL: parsing the URL and reading the environment
  // on every call shows in the per-call overhead.
  private final Map<String, EndpointSettings> cache = new ConcurrentHashMap<>();

  EndpointSettingsFactory(Map<String, String> environment, Optional<String> configuredProfile) {
    this.environment = Map.copyOf(environment);
    this.configuredProfile = configuredProfile;
  }

  EndpointSettings forCommand(ParsedCommand command, ServiceModel service) throws URISyntaxException {
    String key = service.name() + '\n' + command.region() + '\n' + command.endpointUrl().orElse("")
        + '\n' + command.profile().orElse("");
    EndpointSettings cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    EndpointSettings built = build(command, service);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(key, built);
    return built;
  }

  private EndpointSettings build(ParsedCommand command, ServiceModel service) throws URISyntaxException {
    Optional<String> url = command.endpointUrl()
        .or(() -> variable("AWS_ENDPOINT_URL_" + serviceKey(service)))
        .or(() -> variable("AWS_ENDPOINT_URL"));
    Optional<URI> endpoint = Optional.empty();
    if (url.isPresent()) {
      URI uri = new URI(url.get().trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new URISyntaxException(url.get(), "an endpoint URL needs a scheme and a host");
      }
      endpoint = Optional.of(uri);
    }
    Optional<Profile> profile = profile(command);
    boolean s3 = service.metadata().serviceId().startsWith("S3");
    EndpointSettings settings = EndpointSettings.of(command.region())
        .withFips(setting("AWS_USE_FIPS_ENDPOINT", profile, "use_fips_endpoint").map(EndpointSettingsFactory::isTrue).orElse(false))
        .withDualStack(setting("AWS_USE_DUALSTACK_ENDPOINT", profile, "use_dualstack_endpoint")
            .or(() -> s3 ? config(profile, "s3.use_dualstack_endpoint") : Optional.empty())
            .map(EndpointSettingsFactory::isTrue).orElse(false));
    Optional<String> style = config(profile, "s3.addressing_style");
    if (style.isPresent()) {
      settings = settings.withS3AddressingStyle(style.get().trim().toLowerCase(Locale.ROOT));
    }
    if (config(profile, "s3.use_accelerate_endpoint").map(EndpointSettingsFactory::isTrue).orElse(false)) {
      settings = settings.withS3Accelerate(true);
    }
    // CLI v1 keeps S3 in us-east-1 on the global endpoint unless told "regional".
    Optional<String> s3UsEast1 = setting("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", profile, "s3.us_east_1_regional_endpoint");
    if (s3UsEast1.isPresent()) {
      settings = settings.withS3UsEast1Global(!s3UsEast1.get().trim().equalsIgnoreCase("regional"));
    }
    Optional<String> sts = setting("AWS_STS_REGIONAL_ENDPOINTS", profile, "sts_regional_endpoints");
    if (sts.isPresent()) {
      settings = settings.withStsGlobal(sts.get().trim().equalsIgnoreCase("legacy"));
    }
    return endpoint.isPresent() ? settings.withEndpointUrl(endpoint.get()) : settings;
  }

  // botocore: the service id, spaces to underscores, upper case (AWS_ENDPOINT_URL_ELASTIC_BEANSTALK).
  private static String serviceKey(ServiceModel service) {
    return service.metadata().serviceId().replace(' ', '_').toUpperCase(Locale.ROOT);
  }

  private Optional<String> variable(String name) {
    String v = environment.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  // The environment first, then the profile in the AWS config file, as botocore looks.
  private Optional<String> setting(String variable, Optional<Profile> profile, String property) {
    return variable(variable).or(() -> config(profile, property));
  }

  private static Optional<String> config(Optional<Profile> profile, String property) {
    return profile.flatMap(p -> p.property(property)).filter(v -> !v.isBlank());
  }

  private static boolean isTrue(String v) {
    return v.trim().equalsIgnoreCase("true");
  }

  private Optional<Profile> profile(ParsedCommand command) {
    String name = command.profile().or(() -> configuredProfile).or(() -> variable("AWS_PROFILE")).orElse("default");
    ProfileFile file = profileFile;
    if (file == null) {
      try {
        file = AwsConfigFiles.from(environment).load();
      } catch (RuntimeException e) {
        // A broken config file is reported by the credential step; endpoints keep their defaults.
        file = ProfileFile.aggregator().build();
      }
      profileFile = file;
    }
    return file.profile(name);
  }
}
