package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.cli.CliArgument.Kind;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * cloudsearch's flattened arguments ({@code awscli/customizations/cloudsearch.py} with
 * {@code flatten.py}). {@code define-expression}: {@code --name} and {@code --expression} fill
 * {@code Expression.ExpressionName/ExpressionValue}. {@code define-index-field}: {@code --name}
 * and {@code --type} fill {@code IndexField}, and {@code --default-value}, {@code --facet-enabled},
 * {@code --search-enabled}, {@code --return-enabled}, {@code --sort-enabled},
 * {@code --source-field}, {@code --highlight-enabled}, {@code --analysis-scheme} go into the
 * options structure of that type ({@code int-array} → {@code IntArrayOptions}); booleans are
 * true unless "false", default values of int and double types are converted. Each takes one
 * value; required as the member they fill.
 */
final class CloudSearchFlattenedArguments implements OperationCustomization {
  /** A flattened argument: its name, the member path it fills, and whether it goes to the type's options. */
  private record Flat(String name, String member, String type, boolean hydrate) {}

  private static final List<Flat> EXPRESSION = List.of(
      new Flat("name", "ExpressionName", null, false),
      new Flat("expression", "ExpressionValue", null, false));
  private static final List<Flat> INDEX_FIELD = List.of(
      new Flat("name", "IndexFieldName", null, false),
      new Flat("type", "IndexFieldType", null, false),
      new Flat("default-value", "IntOptions.DefaultValue", "string", true),
      new Flat("facet-enabled", "IntOptions.FacetEnabled", null, true),
      new Flat("search-enabled", "IntOptions.SearchEnabled", null, true),
      new Flat("return-enabled", "IntOptions.ReturnEnabled", null, true),
      new Flat("sort-enabled", "IntOptions.SortEnabled", null, true),
      new Flat("source-field", "IntOptions.SourceField", "string", true),
      new Flat("highlight-enabled", "TextOptions.HighlightEnabled", null, true),
      new Flat("analysis-scheme", "TextOptions.AnalysisScheme", null, true));

  private final String container;
  private final List<Flat> flats;

  private CloudSearchFlattenedArguments(String container, List<Flat> flats) {
    this.container = container;
    this.flats = flats;
  }

  static CloudSearchFlattenedArguments defineExpression() {
    return new CloudSearchFlattenedArguments("expression", EXPRESSION);
  }

  static CloudSearchFlattenedArguments defineIndexField() {
    return new CloudSearchFlattenedArguments("index-field", INDEX_FIELD);
  }

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    CliArgument original = table.get(container);
    if (original == null || original.member() == null) {
      return;
    }
    boolean overwritten = false;
    for (Flat f : flats) {
      boolean required = memberOf(original.member().target(), f.member).map(m -> m.required).orElse(false);
      table.put(f.name, new CliArgument(f.name, Kind.CUSTOM, null, Arity.ONE, required, false));
      overwritten |= f.name.equals(container);
    }
    if (!overwritten) {
      table.remove(container);
    }
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    Optional<Member> containerMember = operation.inputShape().map(service::shape)
        .flatMap(in -> in.members().values().stream().filter(m -> CliNames.xform(m.name()).equals(container)).findFirst());
    if (containerMember.isEmpty()) {
      return null;
    }
    // FlattenedArgument keys the container by its shape's name.
    String key = containerMember.get().targetName();
    for (Flat f : flats) {
      List<String> words = given.get(f.name);
      if (words == null) {
        continue;
      }
      ValueResult text = CustomArgumentValues.text(values, "--" + f.name, words.get(0));
      if (text.isError()) {
        return text.error();
      }
      String type = f.type != null ? f.type
          : memberOf(containerMember.get().target(), f.member).map(m -> typeName(m.member.target().type())).orElse("string");
      JsonNode value;
      try {
        value = convert(type, text.value().textValue());
      } catch (ArgumentValueException e) {
        return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--" + f.name, e.getMessage());
      }
      if (!params.has(key)) {
        params.putObject(key);
      }
      if (!params.get(key).isObject()) {
        return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--" + f.name, key + " is not a structure");
      }
      ObjectNode target = (ObjectNode) params.get(key);
      if (!f.hydrate) {
        target.set(f.member, value);
        continue;
      }
      CommandError e = indexHydrate(target, f, value);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  // cloudsearch.index_hydrate: into <Type>Options of the --type given before.
  private static CommandError indexHydrate(ObjectNode indexField, Flat f, JsonNode value) {
    JsonNode type = indexField.get("IndexFieldType");
    if (type == null || !type.isTextual()) {
      return CommandError.forParameter(ErrorCode.MISSING_REQUIRED, "--type", "You must pass the --type option.");
    }
    StringBuilder name = new StringBuilder();
    for (String part : type.textValue().split("-", -1)) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    String options = name.toString().equals("Latlon") ? "LatLon" : name.toString();
    String last = f.member.substring(f.member.lastIndexOf('.') + 1);
    if (last.equals("DefaultValue") && value.isTextual()) {
      try {
        switch (options) {
          case "Int", "IntArray" -> value = ScalarValueParser.parseInt(value.textValue());
          case "Double", "DoubleArray" -> value = ScalarValueParser.parseFloatNode(value.textValue());
          default -> { }
        }
      } catch (ArgumentValueException e) {
        return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--default-value", e.getMessage());
      }
    }
    if (!indexField.has(options + "Options") || !indexField.get(options + "Options").isObject()) {
      indexField.putObject(options + "Options");
    }
    ((ObjectNode) indexField.get(options + "Options")).set(last, value);
    return null;
  }

  private static JsonNode convert(String type, String text) throws ArgumentValueException {
    switch (type) {
      case "boolean":
        return BooleanNode.valueOf(!text.toLowerCase(Locale.ROOT).equals("false"));
      case "integer":
      case "long":
        return ScalarValueParser.parseInt(text);
      case "float":
      case "double":
        return ScalarValueParser.parseFloatNode(text);
      default:
        return JsonNodeFactory.instance.textNode(text);
    }
  }

  private static String typeName(ShapeType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  private record Found(Member member, boolean required) {}

  // flatten._find_nested_arg and _merge_member_config: "A.B" is member B of member A.
  private static Optional<Found> memberOf(Shape shape, String path) {
    Shape current = shape;
    String[] pieces = path.split("\\.");
    for (int i = 0; i < pieces.length - 1; i++) {
      Optional<Member> m = current.member(pieces[i]);
      if (m.isEmpty()) {
        return Optional.empty();
      }
      current = m.get().target();
    }
    Shape owner = current;
    String last = pieces[pieces.length - 1];
    return owner.member(last).map(m -> new Found(m, owner.isRequired(last)));
  }
}
