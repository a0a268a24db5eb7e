package dev.awsmcp.core.endpoint;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in endpoint parameters of one call, as the AWS CLI sets them from its command line,
 * environment and config. {@link #of(String)} gives the AWS CLI v1 defaults (botocore 1.43).
 *
 * @param region the region, for example {@code us-east-1}
 * @param endpointUrl {@code --endpoint-url} or {@code AWS_ENDPOINT_URL}, if given
 * @param useFips {@code AWS_USE_FIPS_ENDPOINT} / {@code use_fips_endpoint}
 * @param useDualStack {@code AWS_USE_DUALSTACK_ENDPOINT} / {@code use_dualstack_endpoint}
 * @param s3ForcePathStyle S3 {@code addressing_style = path}
 * @param s3UseArnRegion {@code use_arn_region = true}: S3 Control follows an ARN's region
 *     (botocore's S3 Control default is not to; S3 itself follows it unless told otherwise)
 * @param s3Accelerate S3 {@code use_accelerate_endpoint}
 * @param s3UseGlobalEndpoint S3 {@code us_east_1_regional_endpoint = legacy} (CLI v1's default)
 * @param stsUseGlobalEndpoint STS {@code sts_regional_endpoints = legacy} (not the default since
 *     botocore 1.36)
 * @param s3VirtualAddressing S3 {@code addressing_style = virtual}: keeps virtual-hosted
 *     addressing even with an endpoint URL, which otherwise implies path style
 * @param s3IgnoreArnRegion {@code use_arn_region = false}: S3 refuses an access point ARN of
 *     another region
 * @param s3DisableMultiRegionAccessPoints S3 {@code s3_disable_multiregion_access_points}
 * @param accountId the caller's account id, when the credentials carry one
 * @param accountIdEndpointMode {@code preferred} (botocore's default), {@code required} or
 *     {@code disabled}
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
    boolean stsUseGlobalEndpoint,
    boolean s3VirtualAddressing,
    boolean s3IgnoreArnRegion,
    boolean s3DisableMultiRegionAccessPoints,
    Optional<String> accountId,
    String accountIdEndpointMode) {

  public EndpointSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpointUrl, "endpointUrl");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(accountIdEndpointMode, "accountIdEndpointMode");
  }

  /** The first nine settings; the others at their defaults. */
  public EndpointSettings(
      String region,
      Optional<URI> endpointUrl,
      boolean useFips,
      boolean useDualStack,
      boolean s3ForcePathStyle,
      boolean s3UseArnRegion,
      boolean s3Accelerate,
      boolean s3UseGlobalEndpoint,
      boolean stsUseGlobalEndpoint) {
    this(region, endpointUrl, useFips, useDualStack, s3ForcePathStyle, s3UseArnRegion, s3Accelerate,
        s3UseGlobalEndpoint, stsUseGlobalEndpoint, false, false, false, Optional.empty(), "preferred");
  }

  /**
   * Just a region, every option as the AWS CLI v1 leaves it without configuration: S3 in
   * us-east-1 uses the global endpoint ({@code us_east_1_regional_endpoint} defaults to
   * {@code legacy}), STS uses regional endpoints ({@code sts_regional_endpoints} defaults to
   * {@code regional}).
   */
  public static EndpointSettings of(String region) {
    return new EndpointSettings(region, Optional.empty(), false, false, false, false, false, true, false);
  }

  public EndpointSettings withEndpointUrl(URI url) {
    return new EndpointSettings(region, Optional.of(url), useFips, useDualStack, s3ForcePathStyle,
        s3UseArnRegion, s3Accelerate, s3UseGlobalEndpoint, stsUseGlobalEndpoint, s3VirtualAddressing,
        s3IgnoreArnRegion, s3DisableMultiRegionAccessPoints, accountId, accountIdEndpointMode);
  }

  public EndpointSettings withFips(boolean on) {
    return new EndpointSettings(region, endpointUrl, on, useDualStack, s3ForcePathStyle,
        s3UseArnRegion, s3Accelerate, s3UseGlobalEndpoint, stsUseGlobalEndpoint, s3VirtualAddressing,
        s3IgnoreArnRegion, s3DisableMultiRegionAccessPoints, accountId, accountIdEndpointMode);
  }

  public EndpointSettings withDualStack(boolean on) {
    return new EndpointSettings(region, endpointUrl, useFips, on, s3ForcePathStyle,
        s3UseArnRegion, s3Accelerate, s3UseGlobalEndpoint, stsUseGlobalEndpoint, s3VirtualAddressing,
        s3IgnoreArnRegion, s3DisableMultiRegionAccessPoints, accountId, accountIdEndpointMode);
  }

  /** S3 {@code addressing_style}: {@code auto}, {@code path} or {@code virtual}. */
  public EndpointSettings withS3AddressingStyle(String style) {
    return new EndpointSettings(region, endpointUrl, useFips, useDualStack, style.equals("path"),
        s3UseArnRegion, s3Accelerate, s3UseGlobalEndpoint, stsUseGlobalEndpoint, style.equals("virtual"),
        s3IgnoreArnRegion, s3DisableMultiRegionAccessPoints, accountId, accountIdEndpointMode);
  }

  public EndpointSettings withS3Accelerate(boolean on) {
    return new EndpointSettings(region, endpointUrl, useFips, useDualStack, s3ForcePathStyle,
        s3UseArnRegion, on, s3UseGlobalEndpoint, stsUseGlobalEndpoint, s3VirtualAddressing,
        s3IgnoreArnRegion, s3DisableMultiRegionAccessPoints, accountId, accountIdEndpointMode);
  }

  /** S3 {@code us_east_1_regional_endpoint} ({@code legacy} means the global endpoint). */
  public EndpointSettings withS3UsEast1Global(boolean legacy) {
    return new EndpointSettings(region, endpointUrl, useFips, useDualStack, s3ForcePathStyle,
        s3UseArnRegion, s3Accelerate, legacy, stsUseGlobalEndpoint, s3VirtualAddressing,
        s3IgnoreArnRegion, s3DisableMultiRegionAccessPoints, accountId, accountIdEndpointMode);
  }

  /** STS {@code sts_regional_endpoints} ({@code legacy} means the global endpoint). */
  public EndpointSettings withStsGlobal(boolean legacy) {
    return new EndpointSettings(region, endpointUrl, useFips, useDualStack, s3ForcePathStyle,
        s3UseArnRegion, s3Accelerate, s3UseGlobalEndpoint, legacy, s3VirtualAddressing,
        s3IgnoreArnRegion, s3DisableMultiRegionAccessPoints, accountId, accountIdEndpointMode);
  }
}
