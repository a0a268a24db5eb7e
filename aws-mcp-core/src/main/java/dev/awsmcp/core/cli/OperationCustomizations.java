package dev.awsmcp.core.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CLI customizations this engine reproduces, by {@code <cli service> <cli operation>}, or
 * {@code <cli service> *} for those the CLI registers on every operation of a service. The
 * real CLI's full list is {@code tools/cli-customizations/customized-operations.txt}, most-used
 * first; those not here are listed in {@code docs/golden-differences.md}.
 */
final class OperationCustomizations {
  private static final String TRANSLATE_FILE_ERROR = "File cannot be provided as part of the '--terminology-data' "
      + "argument. Please use the '--data-file' option instead to specify a file.";
  private static final String TRANSLATE_CONTENT_ERROR = "Content cannot be provided as a part of the '--document' "
      + "argument. Please use the '--document-content' option instead to specify a file.";

  private static final Map<String, List<OperationCustomization>> BY_OPERATION = Map.ofEntries(
      Map.entry("ec2 run-instances", List.of(new RunInstancesCustomization())),
      Map.entry("ec2 authorize-security-group-ingress", List.of(new SecurityGroupRuleCustomization())),
      Map.entry("ec2 authorize-security-group-egress", List.of(new SecurityGroupRuleCustomization())),
      Map.entry("ec2 revoke-security-group-ingress", List.of(new SecurityGroupRuleCustomization())),
      Map.entry("ec2 revoke-security-group-egress", List.of(new SecurityGroupRuleCustomization())),
      Map.entry("ec2 bundle-instance", List.of(new BundleInstanceCustomization())),
      Map.entry("ec2 get-password-data", List.of(new PrivLaunchKeyArgument())),
      Map.entry("cloudwatch put-metric-data", List.of(new PutMetricDataCustomization())),
      Map.entry("ses send-email", List.of(new SesSendEmailCustomization())),
      Map.entry("lambda create-function", List.of(new ZipFileArgumentHoister("Code"))),
      Map.entry("lambda publish-layer-version", List.of(new ZipFileArgumentHoister("Content"))),
      Map.entry("lambda update-function-code", List.of(new ZipFileContentCheck())),
      Map.entry("rekognition compare-faces", List.of(
          new NestedBlobArgumentHoister("source-image", "Bytes", "source-image-bytes"),
          new NestedBlobArgumentHoister("target-image", "Bytes", "target-image-bytes"))),
      Map.entry("quicksight start-asset-bundle-import-job", List.of(
          new NestedBlobArgumentHoister("asset-bundle-import-source", "Body", "asset-bundle-import-source-bytes"))),
      Map.entry("cloudfront create-distribution", List.of(new CreateDistributionCustomization())),
      Map.entry("cloudfront update-distribution", List.of(new UpdateDistributionDefaultRootObject())),
      Map.entry("cloudfront create-invalidation", List.of(new CreateInvalidationPathsCustomization())),
      Map.entry("deploy create-deployment", List.of(new RevisionLocationArguments())),
      Map.entry("deploy get-application-revision", List.of(new RevisionLocationArguments())),
      Map.entry("deploy register-application-revision", List.of(new RevisionLocationArguments())),
      Map.entry("iot create-keys-and-certificate", List.of(new QueryOutFileArguments(QueryOutFileArguments.KEYS_AND_CERTIFICATE))),
      Map.entry("iot create-certificate-from-csr", List.of(new QueryOutFileArguments(QueryOutFileArguments.CERTIFICATE_FROM_CSR))),
      Map.entry("iam create-virtual-mfa-device", List.of(new VirtualMfaDeviceOutfile())),
      Map.entry("s3api select-object-content", List.of(new SelectObjectContentOutfile())),
      Map.entry("configservice put-configuration-recorder", List.of(new RecordingGroupArgument())),
      Map.entry("rds add-option-to-option-group", List.of(new OptionGroupOptionsArgument("options-to-include", "options-to-remove"))),
      Map.entry("rds remove-option-from-option-group", List.of(new OptionGroupOptionsArgument("options-to-remove", "options-to-include"))),
      Map.entry("emr list-clusters", List.of(new EmrListClustersStateFlags())),
      Map.entry("emr add-tags", List.of(new EmrTagsArgument())),
      Map.entry("datapipeline put-pipeline-definition", List.of(new DataPipelineDefinitionArguments(true))),
      Map.entry("datapipeline activate-pipeline", List.of(new DataPipelineDefinitionArguments(false))),
      Map.entry("cloudsearch define-expression", List.of(CloudSearchFlattenedArguments.defineExpression())),
      Map.entry("cloudsearch define-index-field", List.of(CloudSearchFlattenedArguments.defineIndexField())),
      Map.entry("translate import-terminology", List.of(
          new BinaryBlobArgumentHoister("data-file", true, "terminology-data", "File", false, TRANSLATE_FILE_ERROR))),
      Map.entry("translate translate-document", List.of(
          new BinaryBlobArgumentHoister("document-content", true, "document", "Content", true, TRANSLATE_CONTENT_ERROR))));

  /** Customizations the CLI registers for every operation of a service. */
  private static final Map<String, List<OperationCustomization>> BY_SERVICE = Map.of(
      "rekognition", List.of(new NestedBlobArgumentHoister("image", "Bytes", "image-bytes")),
      "glacier", List.of(new GlacierAccountIdDefault()));

  private OperationCustomizations() {}

  static List<OperationCustomization> of(String cliService, String cliOperation) {
    List<OperationCustomization> own = BY_OPERATION.getOrDefault(cliService + " " + cliOperation, List.of());
    List<OperationCustomization> all = BY_SERVICE.getOrDefault(cliService, List.of());
    if (all.isEmpty()) {
      return own;
    }
    List<OperationCustomization> both = new ArrayList<>(own);
    both.addAll(all);
    return List.copyOf(both);
  }
}
