package dev.awsmcp.core.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.smithy.rulesengine.language.EndpointRuleSet;
import software.amazon.smithy.rulesengine.language.evaluation.value.Value;
import software.amazon.smithy.rulesengine.language.syntax.Identifier;
import software.amazon.smithy.rulesengine.language.syntax.parameters.Parameter;

/**
 * The values of a rule set's parameters for one call. Each declared parameter takes the first
 * value found, in botocore's order: the operation's static context parameters, an input member
 * bound to it ({@code contextParam}), an operation context path over the input, then its
 * built-in. Parameters left unset take the rule set's default. Client context parameters have
 * no source in the AWS CLI beyond what the built-ins already carry, so none are read.
 */
final class EndpointParameters {
  private final OperationContextPaths paths;

  EndpointParameters(OperationContextPaths paths) {
    this.paths = paths;
  }

  Map<Identifier, Value> of(
      EndpointRuleSet ruleSet, ServiceModel service, Operation operation, ObjectNode input, EndpointSettings settings) {
    Map<String, String> memberByParam = contextMembers(service, operation);
    Map<String, Object> builtIns = BuiltInValues.of(service, operation, input, settings);
    Map<Identifier, Value> values = new LinkedHashMap<>();
    for (Parameter parameter : ruleSet.getParameters()) {
      Value value = fromContext(parameter, operation, input, memberByParam);
      if (value == null && parameter.getBuiltIn().isPresent()) {
        Object builtIn = builtIns.get(parameter.getBuiltIn().get());
        value = builtIn == null ? null : RuleValues.fromJava(parameter, builtIn);
      }
      if (value != null) {
        values.put(parameter.getName(), value);
      }
    }
    return values;
  }

  private Value fromContext(Parameter parameter, Operation operation, ObjectNode input, Map<String, String> memberByParam) {
    String name = parameter.getNameString();
    JsonNode fixed = operation.staticContextParams().get(name);
    if (fixed != null && !fixed.isMissingNode() && !fixed.isNull()) {
      return RuleValues.fromJson(parameter, fixed);
    }
    String member = memberByParam.get(name);
    if (member != null) {
      JsonNode given = input.get(member);
      if (given != null && !given.isNull()) {
        return RuleValues.fromJson(parameter, given);
      }
    }
    String path = operation.operationContextParams().get(name);
    if (path != null) {
      Object found = paths.evaluate(path, input);
      if (found != null) {
        return RuleValues.fromJava(parameter, found);
      }
    }
    return null;
  }

  // Parameter name to the input member that feeds it.
  private static Map<String, String> contextMembers(ServiceModel service, Operation operation) {
    Map<String, String> out = new LinkedHashMap<>();
    if (operation.inputShape().isEmpty()) {
      return out;
    }
    Shape input = service.shape(operation.inputShape().get());
    if (input == null) {
      return out;
    }
    for (Map.Entry<String, Member> e : input.members().entrySet()) {
      e.getValue().traits().contextParam().ifPresent(param -> out.putIfAbsent(param, e.getKey()));
    }
    return out;
  }
}
