package dev.awsmcp.core.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values of the rules' built-in parameters for one call, computed from the settings the way
 * botocore 1.43's {@code compute_endpoint_resolver_builtin_defaults} and its S3
 * {@code customize_endpoint_resolver_builtins} hook do. A built-in with no value here stays
 * unset, so the rule set's default applies.
 */
final class BuiltInValues {
  // The regions where botocore honors sts_regional_endpoints = legacy.
  private static final Set<String> LEGACY_GLOBAL_STS_REGIONS = Set.of(
      "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "aws-global",
      "ca-central-1", "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3",
      "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2");

  private BuiltInValues() {}

  /** Built-in name to value (String or Boolean). */
  static Map<String, Object> of(ServiceModel service, Operation operation, ObjectNode input, EndpointSettings s) {
    Map<String, Object> v = new HashMap<>();
    boolean endpointGiven = s.endpointUrl().isPresent();
    v.put("AWS::Region", s.region());
    // An explicit endpoint cannot be combined with the FIPS or dual-stack variants: botocore drops them.
    v.put("AWS::UseFIPS", !endpointGiven && s.useFips());
    v.put("AWS::UseDualStack", !endpointGiven && s.useDualStack());
    v.put("AWS::STS::UseGlobalEndpoint", s.stsUseGlobalEndpoint() && LEGACY_GLOBAL_STS_REGIONS.contains(s.region()));
    v.put("AWS::S3::UseGlobalEndpoint", s.s3UseGlobalEndpoint() && s.region().equals("us-east-1"));
    v.put("AWS::S3::Accelerate", s.s3Accelerate());
    v.put("AWS::S3::ForcePathStyle", forcePathStyle(s));
    v.put("AWS::S3::UseArnRegion", !s.s3IgnoreArnRegion());
    v.put("AWS::S3Control::UseArnRegion", s.s3UseArnRegion());
    v.put("AWS::S3::DisableMultiRegionAccessPoints", s.s3DisableMultiRegionAccessPoints());
    s.endpointUrl().ifPresent(url -> v.put("SDK::Endpoint", url.toString()));
    s.accountId().ifPresent(id -> v.put("AWS::Auth::AccountId", id));
    v.put("AWS::Auth::AccountIdEndpointMode", s.accountIdEndpointMode());
    if (service.metadata().serviceId().equals("S3")) {
      customizeForS3(v, operation, input);
    }
    return v;
  }

  // Path style unless told otherwise when an endpoint URL is given (a local S3 peer rarely has
  // wildcard DNS); never with accelerate, which only works virtual-hosted.
  private static boolean forcePathStyle(EndpointSettings s) {
    if (s.s3Accelerate()) {
      return false;
    }
    if (s.endpointUrl().isPresent() && !isAccelerateUrl(s.endpointUrl().get())) {
      return !s.s3VirtualAddressing();
    }
    return s.s3ForcePathStyle();
  }

  // botocore's is_s3_accelerate_url: s3-accelerate.amazonaws.com, optionally with dualstack.
  static boolean isAccelerateUrl(URI url) {
    String host = url.getHost();
    if (host == null) {
      return false;
    }
    String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
    if (parts.length < 3 || !parts[0].equals("s3-accelerate")
        || !parts[parts.length - 2].equals("amazonaws") || !parts[parts.length - 1].equals("com")) {
      return false;
    }
    for (int i = 1; i < parts.length - 2; i++) {
      if (!parts[i].equals("dualstack")) {
        return false;
      }
    }
    return true;
  }

  // GetBucketLocation always goes path style, whatever the bucket's region (a virtual-hosted
  // request signed for the wrong region is refused); an ARN bucket never does.
  private static void customizeForS3(Map<String, Object> v, Operation operation, ObjectNode input) {
    if (operation.name().equals("GetBucketLocation")) {
      v.put("AWS::S3::ForcePathStyle", true);
      return;
    }
    JsonNode bucket = input.get("Bucket");
    if (bucket != null && bucket.isTextual() && isArn(bucket.asText())) {
      v.put("AWS::S3::ForcePathStyle", false);
    }
  }

  // botocore's ArnParser.is_arn: "arn:" and at least six colon-separated parts.
  private static boolean isArn(String value) {
    return value.startsWith("arn:") && value.split(":", 6).length >= 6;
  }
}
