package dev.awsmcp.core.model;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The botocore model name (the data directory name, which the CLI's service names build on) of a
 * Smithy service, from the {@code sdkId} of its {@code aws.api#service} trait.
 *
 * <p>The rule: lowercase the sdkId and replace each space with a hyphen ({@code "Bedrock Agent
 * Runtime"} → {@code bedrock-agent-runtime}); this is botocore's convention for every service
 * added since it began deriving names from the serviceId. Older services were named before that
 * and are listed in {@link #OVERRIDES}, taken from botocore 1.43.11's data folder by comparing
 * each model's {@code serviceId} with its directory name (55 of 424 differ). Removing the spaces
 * instead of hyphenating would need 152 exceptions. "Pinpoint SMS Voice" is the serviceId of both
 * {@code pinpoint-sms-voice} and {@code sms-voice}; the rule picks {@code pinpoint-sms-voice},
 * the one the CLI documents.
 */
final class SmithyServiceNames {
  private static final Map<String, String> OVERRIDES = Map.ofEntries(
      Map.entry("API Gateway", "apigateway"),
      Map.entry("Application Auto Scaling", "application-autoscaling"),
      Map.entry("App Mesh", "appmesh"),
      Map.entry("Auto Scaling", "autoscaling"),
      Map.entry("Auto Scaling Plans", "autoscaling-plans"),
      Map.entry("Cost Explorer", "ce"),
      Map.entry("CloudHSM V2", "cloudhsmv2"),
      Map.entry("CloudSearch Domain", "cloudsearchdomain"),
      Map.entry("Cognito Identity Provider", "cognito-idp"),
      Map.entry("Config Service", "config"),
      Map.entry("Cost and Usage Report Service", "cur"),
      Map.entry("Data Pipeline", "datapipeline"),
      Map.entry("Device Farm", "devicefarm"),
      Map.entry("Direct Connect", "directconnect"),
      Map.entry("Application Discovery Service", "discovery"),
      Map.entry("Database Migration Service", "dms"),
      Map.entry("Directory Service", "ds"),
      Map.entry("Directory Service Data", "ds-data"),
      Map.entry("DynamoDB Streams", "dynamodbstreams"),
      Map.entry("Elastic Beanstalk", "elasticbeanstalk"),
      Map.entry("Elastic Load Balancing", "elb"),
      Map.entry("Elastic Load Balancing v2", "elbv2"),
      Map.entry("Elasticsearch Service", "es"),
      Map.entry("EventBridge", "events"),
      Map.entry("Global Accelerator", "globalaccelerator"),
      Map.entry("IoT Data Plane", "iot-data"),
      Map.entry("IoT Jobs Data Plane", "iot-jobs-data"),
      Map.entry("IoT Events", "iotevents"),
      Map.entry("IoT Events Data", "iotevents-data"),
      Map.entry("IoT Wireless", "iotwireless"),
      Map.entry("Kinesis Analytics", "kinesisanalytics"),
      Map.entry("Kinesis Analytics V2", "kinesisanalyticsv2"),
      Map.entry("Kinesis Video", "kinesisvideo"),
      Map.entry("Lex Model Building Service", "lex-models"),
      Map.entry("Lex Runtime Service", "lex-runtime"),
      Map.entry("Lex Models V2", "lexv2-models"),
      Map.entry("Lex Runtime V2", "lexv2-runtime"),
      Map.entry("CloudWatch Logs", "logs"),
      Map.entry("Machine Learning", "machinelearning"),
      Map.entry("Marketplace Entitlement Service", "marketplace-entitlement"),
      Map.entry("Marketplace Commerce Analytics", "marketplacecommerceanalytics"),
      Map.entry("Marketplace Metering", "meteringmarketplace"),
      Map.entry("Migration Hub", "mgh"),
      Map.entry("Resource Groups Tagging API", "resourcegroupstaggingapi"),
      Map.entry("Route 53", "route53"),
      Map.entry("Route 53 Domains", "route53domains"),
      Map.entry("S3 Control", "s3control"),
      Map.entry("SimpleDB", "sdb"),
      Map.entry("Secrets Manager", "secretsmanager"),
      Map.entry("ServerlessApplicationRepository", "serverlessrepo"),
      Map.entry("Service Catalog", "servicecatalog"),
      Map.entry("Service Catalog AppRegistry", "servicecatalog-appregistry"),
      Map.entry("SFN", "stepfunctions"),
      Map.entry("Storage Gateway", "storagegateway"));

  // Looked up case-insensitively: a few sdkIds differ from the serviceId only in case.
  private static final Map<String, String> BY_LOWER = OVERRIDES.entrySet().stream()
      .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));

  private SmithyServiceNames() {}

  /** The botocore model name for an sdkId. */
  static String fromSdkId(String sdkId) {
    String lower = sdkId.trim().toLowerCase(Locale.ROOT);
    String override = BY_LOWER.get(lower);
    return override != null ? override : lower.replaceAll("\\s+", "-");
  }
}
