package dev.awsmcp.core.policy.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources an API call of a service other than S3 touches, derived from its arguments:
 * every argument value that is an ARN, and DynamoDB tables by name. Many calls name their
 * resource by a name or id the guard cannot turn into an ARN ({@code iam attach-role-policy
 * --role-name}, {@code ec2 terminate-instances --instance-ids}); when a top-level argument such
 * as {@code RoleName} or {@code InstanceIds} holds something other than an ARN, the resources
 * also include "unknown", so a Deny on specific resources fails closed instead of being dodged
 * by naming the resource without its ARN.
 */
final class ResourceArns {
  private ResourceArns() {}

  static List<RequestResource> of(String service, ObjectNode params, String partition, String region, Optional<String> account) {
    Set<RequestResource> out = new LinkedHashSet<>();
    collectArns(params, out);
    boolean unnamed = false;
    if (service.equals("dynamodb")) {
      dynamoDbTables(params, partition, region, account, out);
    } else {
      unnamed = namesWithoutArn(params);
    }
    if (unnamed || out.isEmpty()) {
      out.add(RequestResource.unknown());
    }
    return List.copyOf(out);
  }

  private static void collectArns(JsonNode node, Set<RequestResource> out) {
    if (node.isTextual() && node.asText().startsWith("arn:")) {
      out.add(RequestResource.arn(node.asText()));
    } else if (node.isContainerNode()) {
      node.forEach(child -> collectArns(child, out));
    }
  }

  // A top-level identifier argument (RoleName, InstanceIds, ...) whose value is not an ARN.
  private static boolean namesWithoutArn(ObjectNode params) {
    for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().matches(".*(Name|Names|Id|Ids|Identifier|Identifiers)") && !allArns(e.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static boolean allArns(JsonNode value) {
    if (value.isTextual()) {
      return value.asText().startsWith("arn:");
    }
    if (value.isArray() && !value.isEmpty()) {
      for (JsonNode v : value) {
        if (!allArns(v)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Every table a DynamoDB call names: {@code TableName} anywhere in the input (transactions
   * name several) and the keys of {@code RequestItems} (batch calls); with {@code IndexName}, the
   * index. The account is {@code *} unless configured (see {@link RequestResource#inCallersAccount}).
   */
  private static void dynamoDbTables(ObjectNode params, String partition, String region, Optional<String> account,
      Set<RequestResource> out) {
    List<String[]> tables = new ArrayList<>();
    collectTables(params, tables);
    params.path("RequestItems").fieldNames().forEachRemaining(t -> tables.add(new String[] {t, null}));
    for (String[] t : tables) {
      if (t[0].startsWith("arn:")) {
        out.add(RequestResource.arn(t[1] == null ? t[0] : t[0] + "/index/" + t[1]));
        continue;
      }
      String arn = "arn:" + partition + ":dynamodb:" + region + ":" + account.orElse("*") + ":table/" + t[0]
          + (t[1] == null ? "" : "/index/" + t[1]);
      out.add(account.isPresent() ? RequestResource.arn(arn) : RequestResource.inCallersAccount(arn));
    }
  }

  private static void collectTables(JsonNode node, List<String[]> tables) {
    if (node.isObject() && node.path("TableName").isTextual()) {
      JsonNode index = node.path("IndexName");
      tables.add(new String[] {node.get("TableName").asText(), index.isTextual() ? index.asText() : null});
    }
    if (node.isContainerNode()) {
      node.forEach(child -> collectTables(child, tables));
    }
  }
}
