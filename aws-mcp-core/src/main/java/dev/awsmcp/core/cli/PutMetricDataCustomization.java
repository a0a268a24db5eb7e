package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cloudwatch put-metric-data}'s scalar arguments ({@code awscli/customizations/putmetricdata.py}):
 * {@code --metric-name}, {@code --timestamp}, {@code --unit}, {@code --value},
 * {@code --dimensions k=v,k2=v2}, {@code --statistic-values Sum=1,...} and
 * {@code --storage-resolution} fill the first element of {@code MetricData} (created when
 * {@code --metric-data} is not given). All but {@code --storage-resolution} exclude
 * {@code --metric-data}, which is then no longer required. Numbers are read as Python's
 * {@code Decimal} (value, statistics) and {@code int} (storage resolution).
 */
final class PutMetricDataCustomization implements OperationCustomization {
  /** The CLI's order: the table order, which is also the order values are applied in. */
  private static final List<String> NAMES = List.of(
      "metric-name", "timestamp", "unit", "value", "dimensions", "statistic-values", "storage-resolution");
  private static final List<List<String>> EXCLUSIVE = List.of(
      List.of("metric_data"),
      List.of("metric_name", "timestamp", "unit", "value", "dimensions", "statistic_values"));

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    CliArgument metricData = table.get("metric-data");
    if (metricData != null) {
      table.put("metric-data", new CliArgument(metricData.name(), metricData.kind(), metricData.member(),
          metricData.arity(), false, metricData.hidden()));
    }
    for (String name : NAMES) {
      table.put(name, CliArgument.custom(name, Arity.ONE));
    }
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    List<String> present = new ArrayList<>();
    if (params.has("MetricData")) {
      present.add("metric_data");
    }
    NAMES.stream().filter(given::containsKey).forEach(n -> present.add(n.replace('-', '_')));
    CommandError exclusive = MutuallyExclusiveArguments.check(present, EXCLUSIVE);
    if (exclusive != null) {
      return exclusive;
    }
    for (String name : NAMES) {
      List<String> words = given.get(name);
      if (words == null) {
        continue;
      }
      String param = "--" + name;
      JsonNode value;
      if (name.equals("timestamp")) {
        // A string for botocore's timestamp serializer: read as the model's timestamp.
        Optional<Member> member = datumMember(service, operation, "Timestamp");
        ValueResult v = member.isPresent()
            ? values.parse(param, member.get(), words)
            : CustomArgumentValues.text(values, param, words.get(0));
        if (v.isError()) {
          return v.error();
        }
        value = v.value();
      } else {
        ValueResult text = CustomArgumentValues.text(values, param, words.get(0));
        if (text.isError()) {
          return text.error();
        }
        try {
          value = convert(name, text.value().textValue());
        } catch (IllegalArgumentException e) {
          return CommandError.forParameter(ErrorCode.INVALID_TYPE, param, e.getMessage());
        }
      }
      ObjectNode first = firstElement(params);
      if (first == null) {
        return CommandError.forParameter(ErrorCode.INVALID_TYPE, param,
            "--" + name + " fills the first element of MetricData, which is not a non-empty list of structures");
      }
      first.set(key(name), value);
    }
    return null;
  }

  private static JsonNode convert(String name, String text) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (name) {
      case "value":
        return number(decimal(text));
      case "storage-resolution":
        try {
          return ScalarValueParser.parseInt(text);
        } catch (ArgumentValueException e) {
          throw new IllegalArgumentException(e.getMessage());
        }
      case "dimensions": {
        ArrayNode dimensions = f.arrayNode();
        for (String pair : pairs(text)) {
          String[] kv = keyValue(pair);
          dimensions.addObject().put("Name", kv[0]).put("Value", kv[1]);
        }
        return dimensions;
      }
      case "statistic-values": {
        ObjectNode statistics = f.objectNode();
        for (String pair : pairs(text)) {
          String[] kv = keyValue(pair);
          statistics.set(kv[0], number(decimal(kv[1])));
        }
        return statistics;
      }
      default:
        return f.textNode(text);
    }
  }

  private static List<String> pairs(String text) {
    try {
      return SplitOnCommas.split(text);
    } catch (SplitOnCommas.SplitException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  // Python's "key, value = pair.split('=')".
  private static String[] keyValue(String pair) {
    String[] kv = pair.split("=", -1);
    if (kv.length < 2) {
      throw new IllegalArgumentException("not enough values to unpack (expected 2, got " + kv.length + ")");
    }
    if (kv.length > 2) {
      throw new IllegalArgumentException("too many values to unpack (expected 2)");
    }
    return kv;
  }

  // A whole Decimal is an integer (as Python's int(Decimal) and JSON give it); others keep their digits.
  private static JsonNode number(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    if (d.signum() == 0 || stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 400) {
      try {
        return ScalarValueParser.integerNode(d.toBigIntegerExact());
      } catch (ArithmeticException e) {
        return JsonNodeFactory.instance.numberNode(d);
      }
    }
    return JsonNodeFactory.instance.numberNode(d);
  }

  private static BigDecimal decimal(String text) {
    Optional<BigDecimal> d = PythonDecimal.parse(text);
    if (d.isPresent()) {
      return d.get();
    }
    throw new IllegalArgumentException(PythonDecimal.isSpecial(text)
        ? "'" + text + "' is not a finite number"
        : "[<class 'decimal.ConversionSyntax'>]: not a decimal number: " + ScalarValueText.repr(text));
  }

  private static String key(String name) {
    switch (name) {
      case "metric-name": return "MetricName";
      case "timestamp": return "Timestamp";
      case "unit": return "Unit";
      case "value": return "Value";
      case "dimensions": return "Dimensions";
      case "statistic-values": return "StatisticValues";
      default: return "StorageResolution";
    }
  }

  // insert_first_element: MetricData becomes [{}] when absent; its first element is filled.
  private static ObjectNode firstElement(ObjectNode params) {
    if (!params.has("MetricData")) {
      params.putArray("MetricData").addObject();
    }
    JsonNode list = params.get("MetricData");
    return list.isArray() && list.size() > 0 && list.get(0).isObject() ? (ObjectNode) list.get(0) : null;
  }

  private static Optional<Member> datumMember(ServiceModel service, Operation operation, String name) {
    return operation.inputShape().map(service::shape)
        .flatMap(in -> in.member("MetricData"))
        .flatMap(m -> m.target().listMember().target().member(name));
  }
}
