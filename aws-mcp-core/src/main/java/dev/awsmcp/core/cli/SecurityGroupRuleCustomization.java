package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * ec2's simple security group rule options ({@code --protocol}, {@code --port}, {@code --cidr},
 * {@code --source-group}, {@code --group-owner}), which the CLI folds into one
 * {@code IpPermissions} entry. They cannot be mixed with {@code --ip-permissions}.
 */
final class SecurityGroupRuleCustomization implements OperationCustomization {
  private static final List<String> NAMES = List.of("protocol", "port", "cidr", "source-group", "group-owner");

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    for (String name : NAMES) {
      table.put(name, CliArgument.custom(name, Arity.ONE));
    }
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    if (given.isEmpty()) {
      return null;
    }
    if (params.has("IpPermissions")) {
      String first = NAMES.stream().filter(given::containsKey).findFirst().orElseThrow();
      return CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, "--" + first,
          "The --" + first + " option is not compatible with the --ip-permissions option");
    }
    // The CLI adds them in argument-table order: protocol, port, cidr, source-group, group-owner.
    for (String name : NAMES) {
      List<String> words = given.get(name);
      if (words == null || words.get(0).isEmpty()) {
        continue;
      }
      String value = words.get(0);
      CommandError e = switch (name) {
        case "protocol" -> protocol(params, value);
        case "port" -> port(params, value);
        case "cidr" -> {
          ArrayNode ranges = permission(params).putArray("IpRanges");
          ranges.addObject().put("CidrIp", value);
          yield null;
        }
        case "source-group" -> {
          pair(params).put(value.startsWith("sg-") ? "GroupId" : "GroupName", value);
          yield null;
        }
        default -> {
          pair(params).put("UserId", value);
          yield null;
        }
      };
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private static CommandError protocol(ObjectNode params, String value) {
    try {
      int n = Integer.parseInt(value);
      if ((n < 0 || n > 255) && n != -1) {
        return CommandError.forParameter(ErrorCode.OUT_OF_RANGE, "--protocol",
            "protocol numbers must be in the range 0-255 or -1 to specify all protocols");
      }
    } catch (NumberFormatException e) {
      if (!List.of("tcp", "udp", "icmp", "all").contains(value)) {
        return CommandError.forParameter(ErrorCode.INVALID_CHOICE, "--protocol",
            "protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number.");
      }
    }
    permission(params).put("IpProtocol", value.equals("all") ? "-1" : value);
    return null;
  }

  private static CommandError port(ObjectNode params, String value) {
    String from;
    String to;
    if (value.equals("-1") || value.equals("all")) {
      from = "-1";
      to = "-1";
    } else if (value.contains("-")) {
      from = value.substring(0, value.indexOf('-'));
      to = value.substring(value.indexOf('-') + 1);
    } else {
      from = value;
      to = value;
    }
    try {
      permission(params).put("FromPort", Integer.parseInt(from.trim()));
      permission(params).put("ToPort", Integer.parseInt(to.trim()));
      return null;
    } catch (NumberFormatException e) {
      return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--port",
          "port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)");
    }
  }

  private static ObjectNode permission(ObjectNode params) {
    ArrayNode list = params.has("IpPermissions") ? (ArrayNode) params.get("IpPermissions") : params.putArray("IpPermissions");
    return list.isEmpty() ? list.addObject() : (ObjectNode) list.get(0);
  }

  private static ObjectNode pair(ObjectNode params) {
    ObjectNode permission = permission(params);
    ArrayNode pairs = permission.has("UserIdGroupPairs") ? (ArrayNode) permission.get("UserIdGroupPairs") : permission.putArray("UserIdGroupPairs");
    return pairs.isEmpty() ? pairs.addObject() : (ObjectNode) pairs.get(0);
  }
}
