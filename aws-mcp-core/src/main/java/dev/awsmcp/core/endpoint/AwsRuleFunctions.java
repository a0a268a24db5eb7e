package dev.awsmcp.core.endpoint;

import software.amazon.smithy.rulesengine.language.EndpointRuleSet;

/**
 * The AWS functions of the rules language ({@code aws.partition}, {@code aws.parseArn},
 * {@code aws.isVirtualHostableS3Bucket}) and built-ins ({@code AWS::Region}, ...) come from
 * smithy-aws-endpoints, which the rules engine finds through {@code ServiceLoader} on its own
 * class loader. A repackaged jar that drops or overwrites
 * {@code META-INF/services/software.amazon.smithy.rulesengine.language.EndpointRuleSetExtension}
 * loses them, and every AWS rule set then fails to parse; this check says so plainly.
 */
final class AwsRuleFunctions {
  private AwsRuleFunctions() {}

  static void requireRegistered() {
    if (!EndpointRuleSet.hasBuiltIn("AWS::Region")) {
      throw new EndpointException("the AWS endpoint rule functions are not registered: smithy-aws-endpoints"
          + " is missing from the class path, or a shaded jar lost its META-INF/services entry for"
          + " software.amazon.smithy.rulesengine.language.EndpointRuleSetExtension");
    }
  }
}
