package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * cloudfront's {@code ExclusiveArgument.distribution_config_template}: the
 * {@code DistributionConfig} the CLI starts from when {@code --origin-domain-name} or
 * {@code --default-root-object} is given without {@code --distribution-config}.
 */
final class DistributionConfigTemplate {
  private DistributionConfigTemplate() {}

  /** {@code --distribution-config} becomes optional. */
  static void makeOptional(Map<String, CliArgument> table) {
    CliArgument config = table.get("distribution-config");
    if (config != null) {
      table.put(config.name(), new CliArgument(config.name(), config.kind(), config.member(), config.arity(), false, config.hidden()));
    }
  }

  /** {@code parameters.setdefault('DistributionConfig', template)}; null when it is not a structure. */
  static ObjectNode configOf(ObjectNode params) {
    if (!params.has("DistributionConfig")) {
      ObjectNode c = params.putObject("DistributionConfig");
      c.put("CallerReference", CliUniqueString.next("cli"));
      c.putObject("Origins").put("Quantity", 0).putArray("Items");
      ObjectNode behavior = c.putObject("DefaultCacheBehavior");
      behavior.put("TargetOriginId", "placeholder");
      ObjectNode forwarded = behavior.putObject("ForwardedValues");
      forwarded.put("QueryString", false);
      forwarded.putObject("Cookies").put("Forward", "none");
      behavior.putObject("TrustedSigners").put("Enabled", false).put("Quantity", 0);
      behavior.put("ViewerProtocolPolicy", "allow-all");
      behavior.put("MinTTL", 0);
      c.put("Enabled", true);
      c.put("Comment", "");
    }
    JsonNode config = params.get("DistributionConfig");
    return config.isObject() ? (ObjectNode) config : null;
  }
}
