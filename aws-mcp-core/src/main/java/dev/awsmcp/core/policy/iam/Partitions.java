package dev.awsmcp.core.policy.iam;

/** The ARN partition of a region, by the region name prefixes AWS uses. */
final class Partitions {
  private Partitions() {}

  static String of(String region) {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    if (region.startsWith("us-gov-")) {
      return "aws-us-gov";
    }
    if (region.startsWith("us-isob-")) {
      return "aws-iso-b";
    }
    if (region.startsWith("us-isof-") || region.startsWith("eu-isof-")) {
      return "aws-iso-f";
    }
    if (region.startsWith("eu-isoe-")) {
      return "aws-iso-e";
    }
    if (region.startsWith("us-iso-")) {
      return "aws-iso";
    }
    if (region.startsWith("eusc-")) {
      return "aws-eusc";
    }
    return "aws";
  }
}
