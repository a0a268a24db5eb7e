package dev.awsmcp.core.policy.iam;

import dev.awsmcp.core.model.ServiceModel;
import java.util.Locale;
import java.util.Map;

/**
 * The IAM service prefix of a model's actions ({@code s3} in {@code s3:GetObject}). For almost
 * every service it is the SigV4 signing name, which is why the model's {@code signingName} comes
 * first (so {@code elbv2} gives {@code elasticloadbalancing}, {@code sesv2} {@code ses}, {@code
 * stepfunctions} {@code states}, {@code efs} {@code elasticfilesystem}). The table holds the
 * services whose IAM prefix differs from their signing name, by model name; each entry was
 * checked against the Service Authorization Reference.
 */
final class IamActionPrefix {
  private static final Map<String, String> DIFFERENT_FROM_SIGNING_NAME = Map.of(
      // Signs as "monitoring"; actions are cloudwatch:PutMetricData, ...
      "cloudwatch", "cloudwatch",
      // Cloud Control API actions are cloudformation:CreateResource, cloudformation:GetResource, ...
      "cloudcontrol", "cloudformation",
      // The IoT data planes sign as iotdata / iot-jobs-data and are authorized as iot:Publish,
      // iot:GetThingShadow, iot:DescribeJobExecution, ...; secure tunneling as iot:OpenTunnel.
      "iot-data", "iot",
      "iot-jobs-data", "iot",
      "iotsecuretunneling", "iot",
      // Signs as ioteventsdata; actions are iotevents:BatchPutMessage, ...
      "iotevents-data", "iotevents",
      // Signs as mturk-requester; actions are mechanicalturk:CreateHIT, ...
      "mturk", "mechanicalturk");

  private IamActionPrefix() {}

  static String of(ServiceModel model) {
    String known = DIFFERENT_FROM_SIGNING_NAME.get(model.name());
    if (known != null) {
      return known;
    }
    String signingName = model.metadata().signingName();
    String name = signingName == null || signingName.isBlank() ? model.metadata().endpointPrefix() : signingName;
    return name.toLowerCase(Locale.ROOT);
  }
}
