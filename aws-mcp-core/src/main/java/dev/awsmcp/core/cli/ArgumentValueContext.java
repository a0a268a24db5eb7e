package dev.awsmcp.core.cli;

import dev.awsmcp.core.model.ServiceModel;
import java.util.Map;
import java.util.Objects;

/**
 * Which command an argument belongs to, for the few value rules the AWS CLI keys by command: the
 * arguments whose {@code file://} values are not loaded, and the legacy shorthand of a handful of
 * list arguments ({@code elb remove-tags --tags k1 k2}).
 *
 * <p>The CLI names the service in those rules by its event name: the endpoint prefix (for
 * parameter files) or the model name (for shorthand), each passed through botocore's
 * {@code EVENT_ALIASES} ({@code apigateway} → {@code api-gateway}, {@code elb} →
 * {@code elastic-load-balancing}).
 *
 * @param serviceName the botocore model name, for example {@code elb}
 * @param endpointPrefix the model's endpoint prefix, for example {@code elasticloadbalancing}
 * @param operation the CLI operation name, for example {@code remove-tags}
 */
public record ArgumentValueContext(String serviceName, String endpointPrefix, String operation) {
  /** No command: every argument loads parameter files, no legacy shorthand applies. */
  public static final ArgumentValueContext NONE = new ArgumentValueContext("", "", "");

  // botocore.utils.EVENT_ALIASES (botocore 1.43.11).
  private static final Map<String, String> EVENT_ALIASES = Map.ofEntries(
      Map.entry("api.mediatailor", "mediatailor"),
      Map.entry("api.pricing", "pricing"),
      Map.entry("api.sagemaker", "sagemaker"),
      Map.entry("apigateway", "api-gateway"),
      Map.entry("application-autoscaling", "application-auto-scaling"),
      Map.entry("appstream2", "appstream"),
      Map.entry("autoscaling", "auto-scaling"),
      Map.entry("autoscaling-plans", "auto-scaling-plans"),
      Map.entry("ce", "cost-explorer"),
      Map.entry("cloudhsmv2", "cloudhsm-v2"),
      Map.entry("cloudsearchdomain", "cloudsearch-domain"),
      Map.entry("cognito-idp", "cognito-identity-provider"),
      Map.entry("config", "config-service"),
      Map.entry("cur", "cost-and-usage-report-service"),
      Map.entry("data.iot", "iot-data-plane"),
      Map.entry("data.jobs.iot", "iot-jobs-data-plane"),
      Map.entry("data.mediastore", "mediastore-data"),
      Map.entry("datapipeline", "data-pipeline"),
      Map.entry("devicefarm", "device-farm"),
      Map.entry("directconnect", "direct-connect"),
      Map.entry("discovery", "application-discovery-service"),
      Map.entry("dms", "database-migration-service"),
      Map.entry("ds", "directory-service"),
      Map.entry("dynamodbstreams", "dynamodb-streams"),
      Map.entry("elasticbeanstalk", "elastic-beanstalk"),
      Map.entry("elasticfilesystem", "efs"),
      Map.entry("elasticloadbalancing", "elastic-load-balancing"),
      Map.entry("elasticmapreduce", "emr"),
      Map.entry("elb", "elastic-load-balancing"),
      Map.entry("elbv2", "elastic-load-balancing-v2"),
      Map.entry("email", "ses"),
      Map.entry("entitlement.marketplace", "marketplace-entitlement-service"),
      Map.entry("es", "elasticsearch-service"),
      Map.entry("events", "eventbridge"),
      Map.entry("cloudwatch-events", "eventbridge"),
      Map.entry("iot-data", "iot-data-plane"),
      Map.entry("iot-jobs-data", "iot-jobs-data-plane"),
      Map.entry("kinesisanalytics", "kinesis-analytics"),
      Map.entry("kinesisvideo", "kinesis-video"),
      Map.entry("lex-models", "lex-model-building-service"),
      Map.entry("lex-runtime", "lex-runtime-service"),
      Map.entry("logs", "cloudwatch-logs"),
      Map.entry("machinelearning", "machine-learning"),
      Map.entry("marketplace-entitlement", "marketplace-entitlement-service"),
      Map.entry("marketplacecommerceanalytics", "marketplace-commerce-analytics"),
      Map.entry("metering.marketplace", "marketplace-metering"),
      Map.entry("meteringmarketplace", "marketplace-metering"),
      Map.entry("mgh", "migration-hub"),
      Map.entry("models.lex", "lex-model-building-service"),
      Map.entry("monitoring", "cloudwatch"),
      Map.entry("mturk-requester", "mturk"),
      Map.entry("resourcegroupstaggingapi", "resource-groups-tagging-api"),
      Map.entry("route53", "route-53"),
      Map.entry("route53domains", "route-53-domains"),
      Map.entry("runtime.lex", "lex-runtime-service"),
      Map.entry("runtime.sagemaker", "sagemaker-runtime"),
      Map.entry("sdb", "simpledb"),
      Map.entry("secretsmanager", "secrets-manager"),
      Map.entry("serverlessrepo", "serverlessapplicationrepository"),
      Map.entry("servicecatalog", "service-catalog"),
      Map.entry("states", "sfn"),
      Map.entry("stepfunctions", "sfn"),
      Map.entry("storagegateway", "storage-gateway"),
      Map.entry("streams.dynamodb", "dynamodb-streams"),
      Map.entry("tagging", "resource-groups-tagging-api"));

  public ArgumentValueContext {
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(endpointPrefix, "endpointPrefix");
    Objects.requireNonNull(operation, "operation");
  }

  /** The context of one operation of a service, by its CLI operation name. */
  public static ArgumentValueContext of(ServiceModel service, String cliOperationName) {
    return new ArgumentValueContext(
        service.name(), Objects.toString(service.metadata().endpointPrefix(), ""), cliOperationName);
  }

  /** {@code <aliased endpoint prefix>.<operation>}, as in the CLI's {@code load-cli-arg} event. */
  String paramFileEventName() {
    return alias(endpointPrefix) + "." + operation;
  }

  /** The aliased model name, as in the CLI's {@code process-cli-arg} event. */
  String shorthandEventService() {
    return alias(serviceName);
  }

  private static String alias(String name) {
    return EVENT_ALIASES.getOrDefault(name, name);
  }
}
