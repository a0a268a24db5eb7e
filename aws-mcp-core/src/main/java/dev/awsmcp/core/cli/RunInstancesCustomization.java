package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * {@code ec2 run-instances}' customizations ({@code awscli/customizations/ec2/addcount.py} and
 * {@code runinstances.py}):
 *
 * <ul>
 *   <li>{@code --count N[:M]} in place of {@code --min-count}/{@code --max-count}, both defaulting
 *       to 1 before the call;
 *   <li>{@code --secondary-private-ip-addresses ip...}, {@code --secondary-private-ip-address-count n}
 *       and {@code --[no-]associate-public-ip-address} fill the first of {@code NetworkInterfaces}
 *       ({@code {"DeviceIndex": 0}} when not given); the first two and
 *       {@code --associate-public-ip-address} cannot be mixed with {@code --network-interfaces};
 *   <li>before the call, when that interface has {@code PrivateIpAddresses},
 *       {@code SecondaryPrivateIpAddressCount} or {@code AssociatePublicIpAddress}, the top-level
 *       subnet, security group ids, private IP, IPv6 settings move into it, as EC2 requires.
 * </ul>
 */
final class RunInstancesCustomization implements OperationCustomization {
  private static final List<String> INTERFACE_KEYS = List.of(
      "PrivateIpAddresses", "SecondaryPrivateIpAddressCount", "AssociatePublicIpAddress");

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    table.remove("min-count");
    table.remove("max-count");
    table.put("count", CliArgument.custom("count", Arity.ONE));
    table.put("secondary-private-ip-addresses", CliArgument.custom("secondary-private-ip-addresses", Arity.ZERO_OR_MORE));
    table.put("secondary-private-ip-address-count", CliArgument.custom("secondary-private-ip-address-count", Arity.ONE));
    table.put("associate-public-ip-address", CliArgument.custom("associate-public-ip-address", Arity.NONE));
    table.put("no-associate-public-ip-address", CliArgument.custom("no-associate-public-ip-address", Arity.NONE));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    // argparse converts the count (type=int) before anything else.
    JsonNode ipCount = null;
    if (given.containsKey("secondary-private-ip-address-count")) {
      String word = given.get("secondary-private-ip-address-count").get(0);
      try {
        ipCount = ScalarValueParser.parseInt(word);
      } catch (ArgumentValueException e) {
        return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--secondary-private-ip-address-count",
            "argument --secondary-private-ip-address-count: invalid int value: " + ScalarValueText.repr(word));
      }
    }
    JsonNode addresses = null;
    if (given.containsKey("secondary-private-ip-addresses")) {
      ValueResult v = CustomArgumentValues.texts(values, "--secondary-private-ip-addresses", given.get("secondary-private-ip-addresses"));
      if (v.isError()) {
        return v.error();
      }
      addresses = v.value();
    }
    // _check_args: the scalar options cannot be mixed with --network-interfaces.
    boolean scalar = CustomArgumentValues.truthy(addresses) || CustomArgumentValues.truthy(ipCount)
        || given.containsKey("associate-public-ip-address");
    if (scalar && params.has("NetworkInterfaces")) {
      return CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, "--network-interfaces",
          "Mixing the --network-interfaces option with the simple, scalar options is not supported.");
    }
    CommandError e = count(given, params);
    if (e != null) {
      return e;
    }
    // The CLI's table order: count, addresses, address count, associate, no-associate.
    if (CustomArgumentValues.truthy(addresses)) {
      ArrayNode list = JsonNodeFactory.instance.arrayNode();
      if (addresses.isTextual()) {
        addresses.textValue().codePoints().forEach(cp -> list.addObject()
            .put("PrivateIpAddress", Character.toString(cp)).put("Primary", false));
      } else {
        addresses.forEach(a -> list.addObject().set("PrivateIpAddress", a));
        list.forEach(a -> ((ObjectNode) a).put("Primary", false));
      }
      ObjectNode nic = firstInterface(params);
      if (nic == null) {
        return notAList();
      }
      if (!nic.has("PrivateIpAddresses")) {
        nic.set("PrivateIpAddresses", list);
      }
    }
    if (CustomArgumentValues.truthy(ipCount)) {
      ObjectNode nic = firstInterface(params);
      if (nic == null) {
        return notAList();
      }
      nic.set("SecondaryPrivateIpAddressCount", ipCount);
    }
    for (String flag : List.of("associate-public-ip-address", "no-associate-public-ip-address")) {
      if (given.containsKey(flag)) {
        ObjectNode nic = firstInterface(params);
        if (nic == null) {
          return notAList();
        }
        nic.put("AssociatePublicIpAddress", flag.equals("associate-public-ip-address"));
      }
    }
    return null;
  }

  private static CommandError count(Map<String, List<String>> given, ObjectNode params) {
    List<String> count = given.get("count");
    if (count == null) {
      return null;
    }
    String value = count.get(0);
    String[] parts = value.split(":", -1);
    try {
      if (parts.length > 2) {
        throw new NumberFormatException(value);
      }
      params.set("MinCount", ScalarValueParser.parseInt(parts[0]));
      params.set("MaxCount", ScalarValueParser.parseInt(parts[parts.length - 1]));
      return null;
    } catch (NumberFormatException | ArgumentValueException e) {
      return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--count",
          "count parameter should be of form min[:max] (e.g. 1 or 1:10)");
    }
  }

  // _build_network_interfaces: NetworkInterfaces starts as [{"DeviceIndex": 0}].
  private static ObjectNode firstInterface(ObjectNode params) {
    if (!params.has("NetworkInterfaces")) {
      params.putArray("NetworkInterfaces").addObject().put("DeviceIndex", 0);
    }
    JsonNode list = params.get("NetworkInterfaces");
    return list.isArray() && list.size() > 0 && list.get(0).isObject() ? (ObjectNode) list.get(0) : null;
  }

  private static CommandError notAList() {
    return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--network-interfaces",
        "--network-interfaces must be a non-empty list of structures to take the simple network options");
  }

  @Override
  public CommandError beforeParameterBuild(ObjectNode params, ServiceModel service, Operation operation) {
    // set_default_count
    if (!params.has("MaxCount")) {
      params.put("MaxCount", 1);
    }
    if (!params.has("MinCount")) {
      params.put("MinCount", 1);
    }
    // _fix_args
    JsonNode list = params.get("NetworkInterfaces");
    if (list == null || !list.isArray() || list.isEmpty() || !list.get(0).isObject()) {
      return null;
    }
    ObjectNode nic = (ObjectNode) list.get(0);
    if (INTERFACE_KEYS.stream().noneMatch(nic::has)) {
      return null;
    }
    move(params, "SubnetId", nic, "SubnetId");
    move(params, "SecurityGroupIds", nic, "Groups");
    if (params.has("PrivateIpAddress")) {
      ObjectNode primary = JsonNodeFactory.instance.objectNode();
      primary.set("PrivateIpAddress", params.remove("PrivateIpAddress"));
      primary.put("Primary", true);
      nic.putArray("PrivateIpAddresses").add(primary);
    }
    move(params, "Ipv6AddressCount", nic, "Ipv6AddressCount");
    move(params, "Ipv6Addresses", nic, "Ipv6Addresses");
    move(params, "EnablePrimaryIpv6", nic, "PrimaryIpv6");
    return null;
  }

  private static void move(ObjectNode params, String from, ObjectNode nic, String to) {
    if (params.has(from)) {
      nic.set(to, params.remove(from));
    }
  }
}
