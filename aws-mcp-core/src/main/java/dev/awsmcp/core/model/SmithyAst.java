package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A parsed Smithy JSON AST document: shapes by absolute id, with the prelude shapes (which the
 * AST never spells out) synthesized and mixins folded in, so readers see each shape complete.
 * Not thread-safe; one instance serves one load.
 */
final class SmithyAst {
  static final String PRELUDE_NAMESPACE = "smithy.api";
  static final String UNIT = "smithy.api#Unit";

  // The prelude's simple shapes and their types. Document is free-form JSON; Unit is "nothing".
  private static final Map<String, String> PRELUDE_TYPES = Map.ofEntries(
      Map.entry("String", "string"), Map.entry("Blob", "blob"),
      Map.entry("BigInteger", "bigInteger"), Map.entry("BigDecimal", "bigDecimal"),
      Map.entry("Timestamp", "timestamp"), Map.entry("Document", "document"),
      Map.entry("Boolean", "boolean"), Map.entry("PrimitiveBoolean", "boolean"),
      Map.entry("Byte", "byte"), Map.entry("PrimitiveByte", "byte"),
      Map.entry("Short", "short"), Map.entry("PrimitiveShort", "short"),
      Map.entry("Integer", "integer"), Map.entry("PrimitiveInteger", "integer"),
      Map.entry("Long", "long"), Map.entry("PrimitiveLong", "long"),
      Map.entry("Float", "float"), Map.entry("PrimitiveFloat", "float"),
      Map.entry("Double", "double"), Map.entry("PrimitiveDouble", "double"),
      Map.entry("Unit", "structure"));

  /** Shape types that become entries of the shape table. */
  static final Set<String> DATA_TYPES = Set.of(
      "blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double",
      "bigInteger", "bigDecimal", "timestamp", "document", "list", "set", "map", "structure",
      "union", "enum", "intEnum");

  private final JsonNode shapes;
  private final Map<String, JsonNode> resolved = new HashMap<>();

  SmithyAst(JsonNode document) {
    this.shapes = document.path("shapes");
  }

  /** Every shape id the document defines, in document order. */
  Iterable<String> ids() {
    return shapes::fieldNames;
  }

  /** The shape with mixins applied, a synthesized prelude shape, or null if unknown. */
  JsonNode shape(String id) {
    JsonNode cached = resolved.get(id);
    if (cached != null) {
      return cached;
    }
    JsonNode raw = shapes.get(id);
    JsonNode shape = raw == null ? prelude(id) : raw.has("mixins") ? applyMixins(raw) : raw;
    if (shape != null) {
      resolved.put(id, shape);
    }
    return shape;
  }

  /** Whether the id names a prelude shape this loader synthesizes. */
  static boolean isPrelude(String id) {
    return namespace(id).equals(PRELUDE_NAMESPACE) && PRELUDE_TYPES.containsKey(localName(id));
  }

  private static JsonNode prelude(String id) {
    if (!isPrelude(id)) {
      return null;
    }
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", PRELUDE_TYPES.get(localName(id)));
    return node;
  }

  // Mixins: the mixin's members come first, the shape's own members may redeclare one only to add
  // traits, and the mixin's traits (except @mixin itself) apply unless the shape overrides them.
  // A list's member, a map's key and value, and an operation's input, output and errors may also
  // come from a mixin.
  private JsonNode applyMixins(JsonNode raw) {
    ObjectNode out = raw.deepCopy();
    ObjectNode members = JsonNodeFactory.instance.objectNode();
    ObjectNode traits = JsonNodeFactory.instance.objectNode();
    ArrayNode errors = JsonNodeFactory.instance.arrayNode();
    for (JsonNode ref : raw.path("mixins")) {
      JsonNode mixin = shape(target(ref));
      if (mixin == null) {
        throw new ModelException("unknown mixin " + target(ref));
      }
      mixin.path("members").properties().forEach(e -> members.set(e.getKey(), e.getValue().deepCopy()));
      mixin.path("traits").properties().forEach(e -> {
        if (!e.getKey().equals(SmithyTraits.MIXIN)) {
          traits.set(e.getKey(), e.getValue());
        }
      });
      for (String field : new String[] {"member", "key", "value", "input", "output"}) {
        if (!out.has(field) && mixin.has(field)) {
          out.set(field, mixin.get(field));
        }
      }
      mixin.path("errors").forEach(errors::add);
    }
    if (!errors.isEmpty()) {
      raw.path("errors").forEach(errors::add);
      out.set("errors", errors);
    }
    raw.path("members").properties().forEach(e -> {
      JsonNode inherited = members.get(e.getKey());
      if (inherited instanceof ObjectNode merged) {
        ObjectNode memberTraits = merged.withObjectProperty("traits");
        e.getValue().path("traits").properties().forEach(t -> memberTraits.set(t.getKey(), t.getValue()));
      } else {
        members.set(e.getKey(), e.getValue());
      }
    });
    raw.path("traits").properties().forEach(e -> traits.set(e.getKey(), e.getValue()));
    if (!members.isEmpty() || raw.has("members")) {
      out.set("members", members);
    }
    out.set("traits", traits);
    out.remove("mixins");
    return out;
  }

  static String type(JsonNode shape) {
    return shape.path("type").asText("");
  }

  /** The trait value on a shape or member, or null when absent. */
  static JsonNode trait(JsonNode node, String traitId) {
    return node.path("traits").get(traitId);
  }

  static boolean has(JsonNode node, String traitId) {
    return node.path("traits").has(traitId);
  }

  /** A string-valued trait, or null. */
  static String text(JsonNode node, String traitId) {
    JsonNode v = trait(node, traitId);
    return v == null || !v.isValueNode() ? null : v.asText();
  }

  /** The target of a {@code {"target": id}} reference, or null. */
  static String target(JsonNode ref) {
    JsonNode t = ref == null ? null : ref.get("target");
    return t == null ? null : t.asText();
  }

  /** The members of a structure, union or enum in model order. */
  static Map<String, JsonNode> members(JsonNode shape) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    shape.path("members").properties().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  static String localName(String id) {
    int hash = id.indexOf('#');
    return hash < 0 ? id : id.substring(hash + 1);
  }

  static String namespace(String id) {
    int hash = id.indexOf('#');
    return hash < 0 ? "" : id.substring(0, hash);
  }
}
