package dev.awsmcp.core.endpoint;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in endpoint parameters of one call, as the AWS CLI sets them from its command line,
 * environment and config.
 *
 * @param region the region, for example {@code us-east-1}
 * @param endpointUrl {@code --endpoint-url} or {@code AWS_ENDPOINT_URL}, if given
 * @param useFips {@code AWS_USE_FIPS_ENDPOINT} / {@code use_fips_endpoint}
 * @param useDualStack {@code AWS_USE_DUALSTACK_ENDPOINT} / {@code use_dualstack_endpoint}
 * @param s3ForcePathStyle S3 {@code addressing_style = path}
 * @param s3UseArnRegion S3 {@code use_arn_region}
 * @param s3Accelerate S3 {@code use_accelerate_endpoint}
 * @param s3UseGlobalEndpoint S3 {@code us_east_1_regional_endpoint = legacy} (CLI v1's default)
 * @param stsUseGlobalEndpoint STS {@code sts_regional_endpoints = legacy}
 */
public record EndpointSettings(
    String region,
    Optional<URI> endpointUrl,
    boolean useFips,
    boolean useDualStack,
    boolean s3ForcePathStyle,
    boolean s3UseArnRegion,
    boolean s3Accelerate,
    boolean s3UseGlobalEndpoint,
    boolean stsUseGlobalEndpoint) {

  public EndpointSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpointUrl, "endpointUrl");
  }

  /** Just a region, every option at its default. */
  public static EndpointSettings of(String region) {
    return new EndpointSettings(region, Optional.empty(), false, false, false, false, false, false, false);
  }

  public EndpointSettings withEndpointUrl(URI url) {
    return new EndpointSettings(region, Optional.of(url), useFips, useDualStack, s3ForcePathStyle,
        s3UseArnRegion, s3Accelerate, s3UseGlobalEndpoint, stsUseGlobalEndpoint);
  }
}
