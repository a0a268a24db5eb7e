package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.cli.CliArgument.Kind;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;

/**
 * datapipeline's definition arguments ({@code awscli/customizations/datapipeline/__init__.py}).
 * {@code put-pipeline-definition}: {@code --pipeline-definition} (a definition file, JSON) in
 * place of {@code --pipeline-objects}, whose parameters and values are used unless given
 * otherwise; {@code --parameter-objects} as definition JSON. Both commands:
 * {@code --parameter-values k=v ...} (a repeated key gives several values) or
 * {@code --parameter-values-uri} (definition JSON with {@code "values"}), not both. Applied in
 * the CLI's table order: parameter objects, parameter values, definition, values URI.
 */
final class DataPipelineDefinitionArguments implements OperationCustomization {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ONLY_ONE = "Only parameter-values or parameter-values-uri is allowed";

  private final boolean putDefinition;

  /** @param putDefinition put-pipeline-definition (true) or activate-pipeline (false) */
  DataPipelineDefinitionArguments(boolean putDefinition) {
    this.putDefinition = putDefinition;
  }

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    if (putDefinition) {
      table.put("pipeline-definition", new CliArgument("pipeline-definition", Kind.CUSTOM, null, Arity.ONE, true, false));
      table.put("parameter-objects", CliArgument.custom("parameter-objects", Arity.ONE));
      table.remove("pipeline-objects");
    }
    table.put("parameter-values-uri", CliArgument.custom("parameter-values-uri", Arity.ONE));
    table.put("parameter-values", CliArgument.custom("parameter-values", Arity.ONE_OR_MORE));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    try {
      if (given.containsKey("parameter-objects")) {
        params.set("parameterObjects", PipelineDefinitionTranslator.apiParameters(json(values, "parameter-objects", given)));
      }
      if (given.containsKey("parameter-values")) {
        CommandError e = inlineValues(params, given.get("parameter-values"));
        if (e != null) {
          return e;
        }
      }
      if (given.containsKey("pipeline-definition")) {
        JsonNode definition = json(values, "pipeline-definition", given);
        params.set("pipelineObjects", PipelineDefinitionTranslator.apiObjects(definition));
        ArrayNode parameters = PipelineDefinitionTranslator.apiParameters(definition);
        ArrayNode parameterValues = PipelineDefinitionTranslator.parameterValues(definition);
        if (!params.has("parameterObjects") && parameters != null) {
          params.set("parameterObjects", parameters);
        }
        if (!params.has("parameterValues") && parameterValues != null) {
          params.set("parameterValues", parameterValues);
        }
      }
      if (given.containsKey("parameter-values-uri")) {
        if (hasValues(params)) {
          return CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, "--parameter-values-uri", ONLY_ONE);
        }
        params.set("parameterValues", PipelineDefinitionTranslator.parameterValues(json(values, "parameter-values-uri", given)));
      }
      return null;
    } catch (ArgumentFailure f) {
      return f.error;
    } catch (PipelineDefinitionTranslator.DefinitionException e) {
      return CommandError.of(ErrorCode.INVALID_TYPE, e.getMessage());
    }
  }

  // ParameterValuesInlineArgument: each word is key=value; a repeated key collects a list.
  private static CommandError inlineValues(ObjectNode params, List<String> words) {
    if (hasValues(params)) {
      return CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, "--parameter-values", ONLY_ONE);
    }
    ObjectNode byKey = NODES.objectNode();
    for (String word : words) {
      int eq = word.indexOf('=');
      if (eq < 0) {
        return CommandError.forParameter(ErrorCode.INVALID_SHORTHAND, "--parameter-values",
            "Error in parameter: Invalid inline parameter format: " + word + "\n");
      }
      String key = word.substring(0, eq);
      String value = word.substring(eq + 1);
      JsonNode current = byKey.get(key);
      if (current == null) {
        byKey.put(key, value);
      } else if (current.isArray()) {
        ((ArrayNode) current).add(value);
      } else {
        byKey.putArray(key).add(current).add(value);
      }
    }
    ObjectNode definition = NODES.objectNode();
    definition.set("values", byKey);
    try {
      params.set("parameterValues", PipelineDefinitionTranslator.parameterValues(definition));
    } catch (PipelineDefinitionTranslator.DefinitionException e) {
      return CommandError.of(ErrorCode.INVALID_TYPE, e.getMessage());
    }
    return null;
  }

  private static boolean hasValues(ObjectNode params) {
    JsonNode v = params.get("parameterValues");
    return v != null && !v.isNull();
  }

  // The word after load-cli-arg (file:// loaded), then json.loads.
  private static JsonNode json(ArgumentValueParser values, String name, Map<String, List<String>> given) throws ArgumentFailure {
    ValueResult text = CustomArgumentValues.text(values, "--" + name, given.get(name).get(0));
    if (text.isError()) {
      throw new ArgumentFailure(text.error());
    }
    try {
      return ArgumentValueJson.parse(text.value().textValue());
    } catch (ArgumentValueException e) {
      throw new ArgumentFailure(CommandError.forParameter(e.code(), "--" + name,
          "Error parsing parameter '--" + name + "': " + e.getMessage()));
    }
  }

  private static final class ArgumentFailure extends Exception {
    final transient CommandError error;

    ArgumentFailure(CommandError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }
}
