package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code cloudfront create-distribution --origin-domain-name d [--default-root-object o]}
 * ({@code OriginDomainName} and {@code CreateDefaultRootObject} of
 * {@code awscli/customizations/cloudfront.py}): the CLI's template {@code DistributionConfig}
 * with one origin (an S3 origin for {@code *.s3.amazonaws.com}, else a custom http-only origin)
 * and the default root object. Both exclude {@code --distribution-config}, which is then
 * optional. Caller reference and origin id are made up per call ({@code <name>-<time>-<random>}).
 */
final class CreateDistributionCustomization implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    DistributionConfigTemplate.makeOptional(table);
    table.put("origin-domain-name", CliArgument.custom("origin-domain-name", Arity.ONE));
    table.put("default-root-object", CliArgument.custom("default-root-object", Arity.ONE));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    List<String> present = new ArrayList<>();
    if (params.has("DistributionConfig")) {
      present.add("distribution_config");
    }
    for (String name : List.of("origin-domain-name", "default-root-object")) {
      if (given.containsKey(name)) {
        present.add(name.replace('-', '_'));
      }
    }
    CommandError e = MutuallyExclusiveArguments.check(present,
        List.of(List.of("default_root_object", "origin_domain_name"), List.of("distribution_config")));
    if (e != null) {
      return e;
    }
    if (given.containsKey("origin-domain-name")) {
      ValueResult v = CustomArgumentValues.text(values, "--origin-domain-name", given.get("origin-domain-name").get(0));
      if (v.isError()) {
        return v.error();
      }
      String domain = v.value().textValue();
      ObjectNode config = DistributionConfigTemplate.configOf(params);
      if (config == null) {
        return notAStructure("--origin-domain-name");
      }
      String originId = CliUniqueString.next(domain);
      ObjectNode origins = config.putObject("Origins");
      origins.put("Quantity", 1);
      ObjectNode item = origins.putArray("Items").addObject();
      item.put("Id", originId).put("DomainName", domain).put("OriginPath", "");
      if (domain.endsWith(".s3.amazonaws.com")) {
        item.putObject("S3OriginConfig").put("OriginAccessIdentity", "");
      } else {
        item.putObject("CustomOriginConfig").put("HTTPPort", 80).put("HTTPSPort", 443).put("OriginProtocolPolicy", "http-only");
      }
      JsonNode behavior = config.get("DefaultCacheBehavior");
      if (behavior == null || !behavior.isObject()) {
        return notAStructure("--origin-domain-name");
      }
      ((ObjectNode) behavior).put("TargetOriginId", originId);
    }
    if (given.containsKey("default-root-object")) {
      ValueResult v = CustomArgumentValues.text(values, "--default-root-object", given.get("default-root-object").get(0));
      if (v.isError()) {
        return v.error();
      }
      ObjectNode config = DistributionConfigTemplate.configOf(params);
      if (config == null) {
        return notAStructure("--default-root-object");
      }
      config.set("DefaultRootObject", v.value());
    }
    return null;
  }

  private static CommandError notAStructure(String param) {
    return CommandError.forParameter(ErrorCode.INVALID_TYPE, param, param + " fills DistributionConfig, which is not a structure");
  }
}
