package dev.awsmcp.core.exec;

import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.endpoint.EndpointSettings;
import dev.awsmcp.core.model.ServiceModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The endpoint built-ins of one command, from its options and the environment the AWS CLI reads:
 * {@code --endpoint-url}, else {@code AWS_ENDPOINT_URL_<SERVICE>}, else {@code AWS_ENDPOINT_URL};
 * {@code AWS_USE_FIPS_ENDPOINT}; {@code AWS_USE_DUALSTACK_ENDPOINT};
 * {@code AWS_S3_US_EAST_1_REGIONAL_ENDPOINT}; {@code AWS_STS_REGIONAL_ENDPOINTS}. Everything else
 * keeps the AWS CLI v1's defaults ({@link EndpointSettings#of}); config-file settings such as
 * {@code addressing_style} are not read yet.
 */
final class EndpointSettingsFactory {
  private static final int MAX_CACHED = 1024;
  private final Map<String, String> environment;
  // Built once per service, region and endpoint URL: parsing the URL and reading the environment
  // on every call shows in the per-call overhead.
  private final Map<String, EndpointSettings> cache = new ConcurrentHashMap<>();

  EndpointSettingsFactory(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  EndpointSettings forCommand(ParsedCommand command, ServiceModel service) throws URISyntaxException {
    String key = service.name() + '\n' + command.region() + '\n' + command.endpointUrl().orElse("");
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
    EndpointSettings settings = EndpointSettings.of(command.region())
        .withFips(flag("AWS_USE_FIPS_ENDPOINT"))
        .withDualStack(flag("AWS_USE_DUALSTACK_ENDPOINT"));
    // CLI v1 keeps S3 in us-east-1 on the global endpoint unless told "regional".
    Optional<String> s3UsEast1 = variable("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT");
    if (s3UsEast1.isPresent()) {
      settings = settings.withS3UsEast1Global(!s3UsEast1.get().trim().equalsIgnoreCase("regional"));
    }
    Optional<String> sts = variable("AWS_STS_REGIONAL_ENDPOINTS");
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

  private boolean flag(String name) {
    return variable(name).map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
  }
}
