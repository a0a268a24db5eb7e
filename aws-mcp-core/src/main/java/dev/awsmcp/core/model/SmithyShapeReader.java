package dev.awsmcp.core.model;

import static dev.awsmcp.core.model.SmithyAst.has;
import static dev.awsmcp.core.model.SmithyAst.target;
import static dev.awsmcp.core.model.SmithyAst.text;
import static dev.awsmcp.core.model.SmithyAst.trait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the data shapes of a Smithy document into the shape table, with the traits botocore keeps
 * on shapes (constraints, enum values, XML names, error codes) and on members (HTTP bindings and
 * wire names, via {@link SmithyMemberReader}).
 */
final class SmithyShapeReader {
  // Smithy lets a member narrow its target's constraints; botocore has no member constraints, so
  // such a member gets its own copy of the target shape carrying the member's constraints.
  private static final List<String> MEMBER_CONSTRAINTS =
      List.of(SmithyTraits.LENGTH, SmithyTraits.RANGE, SmithyTraits.PATTERN);

  private final SmithyAst ast;
  private final SmithyShapeNames names;
  private final SmithyMemberReader members;
  private final ShapeTable table = new ShapeTable();
  private final ModelDocumentation.Builder docs;
  private final Set<String> events = new HashSet<>();

  private SmithyShapeReader(
      SmithyAst ast, SmithyShapeNames names, SmithyMemberReader members, ModelDocumentation.Builder docs) {
    this.ast = ast;
    this.docs = docs;
    this.names = names;
    this.members = members;
  }

  /** The shape table; the shapes' and members' documentation goes to {@code docs}. */
  static ShapeTable read(
      SmithyAst ast, SmithyShapeNames names, SmithyMemberReader members, ModelDocumentation.Builder docs) {
    return new SmithyShapeReader(ast, names, members, docs).readAll();
  }

  private ShapeTable readAll() {
    // Members of an event stream union are the events botocore flags with "event".
    names.all().forEach((id, name) -> {
      JsonNode shape = ast.shape(id);
      if (SmithyAst.type(shape).equals("union") && has(shape, SmithyTraits.STREAMING)) {
        shape.path("members").forEach(m -> events.add(target(m)));
      }
    });
    names.all().forEach((id, name) -> table.put(convert(id, name, ast.shape(id))));
    return table;
  }

  private Shape convert(String id, String name, JsonNode shape) {
    String type = SmithyAst.type(shape);
    Shape.Builder b = Shape.builder(name, shapeType(type));
    switch (type) {
      case "structure":
      case "union":
        readMembers(name, shape, b);
        b.union(type.equals("union"));
        break;
      case "list":
      case "set":
        b.listMember(member(name, "member", shape.get("member")));
        break;
      case "map":
        b.mapKey(member(name, "key", shape.get("key")));
        b.mapValue(member(name, "value", shape.get("value")));
        break;
      case "enum":
      case "intEnum":
        b.enumValues(enumMemberValues(shape));
        break;
      case "string":
        b.enumValues(enumTraitValues(shape));
        break;
      case "document":
        b.document(true);
        break;
      default:
        break;
    }
    readConstraints(shape, b);
    readError(shape, b);
    JsonNode xmlNs = trait(shape, SmithyTraits.XML_NAMESPACE);
    if (xmlNs != null) {
      b.xmlNamespace(xmlNs.path("uri").asText(null), xmlNs.path("prefix").asText(null));
    }
    boolean streaming = has(shape, SmithyTraits.STREAMING);
    docs.shape(name, text(shape, SmithyTraits.DOCUMENTATION));
    return b.timestampFormat(text(shape, SmithyTraits.TIMESTAMP_FORMAT))
        .streaming(streaming && !type.equals("union"))
        .eventStream(streaming && type.equals("union"))
        .event(events.contains(id))
        .requiresLength(has(shape, SmithyTraits.REQUIRES_LENGTH))
        .sensitive(has(shape, SmithyTraits.SENSITIVE))
        .xmlName(text(shape, SmithyTraits.XML_NAME))
        .mediaType(text(shape, SmithyTraits.MEDIA_TYPE))
        .build();
  }

  private static ShapeType shapeType(String type) {
    switch (type) {
      case "structure": case "union": case "document": return ShapeType.STRUCTURE;
      case "list": case "set": return ShapeType.LIST;
      case "enum": return ShapeType.STRING;
      case "intEnum": return ShapeType.INTEGER;
      case "bigInteger": return ShapeType.BIG_INTEGER;
      case "bigDecimal": return ShapeType.BIG_DECIMAL;
      default:
        try {
          return ShapeType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new ModelException("unsupported Smithy shape type " + type);
        }
    }
  }

  private void readMembers(String container, JsonNode shape, Shape.Builder b) {
    for (Map.Entry<String, JsonNode> e : SmithyAst.members(shape).entrySet()) {
      JsonNode m = e.getValue();
      b.member(member(container, e.getKey(), m));
      if (has(m, SmithyTraits.REQUIRED)) {
        b.required(e.getKey());
      }
      if (members.httpBindings() && has(m, SmithyTraits.HTTP_PAYLOAD)) {
        b.payload(e.getKey());
      }
    }
  }

  private Member member(String container, String memberName, JsonNode m) {
    if (m == null) {
      throw new ModelException(container + " has no " + memberName);
    }
    String targetId = target(m);
    JsonNode target = ast.shape(targetId);
    if (target == null) {
      throw new ModelException(container + "$" + memberName + " targets unknown shape " + targetId);
    }
    String targetName = names.of(targetId);
    if (hasMemberConstraints(m)) {
      targetName = container + "$" + memberName;
      ObjectNode narrowed = target.deepCopy();
      ObjectNode traits = narrowed.withObjectProperty("traits");
      for (String c : MEMBER_CONSTRAINTS) {
        JsonNode v = trait(m, c);
        if (v != null) {
          traits.set(c, v);
        }
      }
      table.put(convert(targetId, targetName, narrowed));
    }
    docs.member(container, memberName, text(m, SmithyTraits.DOCUMENTATION));
    return members.read(memberName, m, targetName, target, table);
  }

  private static boolean hasMemberConstraints(JsonNode m) {
    for (String c : MEMBER_CONSTRAINTS) {
      if (has(m, c)) {
        return true;
      }
    }
    return false;
  }

  // Smithy 2 enum shapes: the value is @enumValue when given, else the member name.
  private static List<String> enumMemberValues(JsonNode shape) {
    List<String> values = new ArrayList<>();
    SmithyAst.members(shape).forEach((name, m) -> {
      JsonNode v = trait(m, SmithyTraits.ENUM_VALUE);
      values.add(v == null ? name : v.asText());
    });
    return values;
  }

  // Smithy 1 @enum trait on a string: a list of {value, name, ...}.
  private static List<String> enumTraitValues(JsonNode shape) {
    JsonNode e = trait(shape, SmithyTraits.ENUM);
    if (e == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    e.forEach(def -> values.add(def.path("value").asText()));
    return values;
  }

  // Kept as written, even a vacuous @length(min: 0): botocore itself keeps it on some shapes
  // (DynamoDB's TagValueString) and drops it on others (AttributeName).
  private static void readConstraints(JsonNode shape, Shape.Builder b) {
    JsonNode limits = trait(shape, SmithyTraits.LENGTH);
    if (limits == null) {
      limits = trait(shape, SmithyTraits.RANGE);
    }
    if (limits != null) {
      b.min(limits.has("min") ? limits.get("min").asDouble() : null);
      b.max(limits.has("max") ? limits.get("max").asDouble() : null);
    }
    b.pattern(text(shape, SmithyTraits.PATTERN));
  }

  // @error says which side is at fault; awsQueryError carries the awsQuery code and status that
  // botocore keeps in its "error" object; @httpError is the status on other protocols.
  private static void readError(JsonNode shape, Shape.Builder b) {
    String fault = text(shape, SmithyTraits.ERROR);
    if (fault == null) {
      return;
    }
    JsonNode queryError = trait(shape, SmithyTraits.AWS_QUERY_ERROR);
    JsonNode httpError = trait(shape, SmithyTraits.HTTP_ERROR);
    Integer status = queryError != null && queryError.has("httpResponseCode")
        ? Integer.valueOf(queryError.get("httpResponseCode").asInt())
        : httpError != null ? Integer.valueOf(httpError.asInt()) : null;
    b.exception(true)
        .error(queryError == null ? null : queryError.path("code").asText(null), status, fault.equals("client"))
        .awsQueryError(queryError != null);
  }
}
