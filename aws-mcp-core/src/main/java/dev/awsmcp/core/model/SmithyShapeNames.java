package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives every data shape of a Smithy document the name botocore would use: its local name (the
 * part after '#'), or the service's {@code rename} for it. Smithy allows the same local name in
 * two namespaces (for example {@code smithy.api#String} and {@code com.amazonaws.ec2#String});
 * then the shape in the service's own namespace keeps the short name and the others keep their
 * absolute id, so no two shapes ever share a name.
 */
final class SmithyShapeNames {
  private final Map<String, String> names;

  SmithyShapeNames(SmithyAst ast, String serviceId, JsonNode renames) {
    Set<String> ids = dataShapeIds(ast);
    String serviceNamespace = SmithyAst.namespace(serviceId);
    Map<String, List<String>> byName = new TreeMap<>();
    for (String id : ids) {
      String wanted = renames.has(id) ? renames.get(id).asText() : SmithyAst.localName(id);
      byName.computeIfAbsent(wanted, k -> new ArrayList<>()).add(id);
    }
    Map<String, String> out = new LinkedHashMap<>();
    byName.forEach((wanted, claimants) -> {
      String winner = claimants.get(0);
      for (String id : claimants) {
        if (SmithyAst.namespace(id).equals(serviceNamespace)) {
          winner = id;
          break;
        }
      }
      for (String id : claimants) {
        out.put(id, id.equals(winner) ? wanted : id);
      }
    });
    this.names = Collections.unmodifiableMap(out);
  }

  /** The table name of a shape id. */
  String of(String id) {
    String name = names.get(id);
    if (name == null) {
      throw new ModelException("unknown Smithy shape " + id);
    }
    return name;
  }

  /** Every data shape id with its table name. */
  Map<String, String> all() {
    return names;
  }

  // The document's data shapes plus the prelude shapes its members and operations refer to.
  private static Set<String> dataShapeIds(SmithyAst ast) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : ast.ids()) {
      JsonNode shape = ast.shape(id);
      String type = SmithyAst.type(shape);
      if (SmithyAst.DATA_TYPES.contains(type)
          && !SmithyAst.has(shape, SmithyTraits.MIXIN)
          && !SmithyAst.has(shape, SmithyTraits.TRAIT)) {
        ids.add(id);
      }
      addPrelude(ids, shape.get("member"));
      addPrelude(ids, shape.get("key"));
      addPrelude(ids, shape.get("value"));
      // Enum members all target Unit and become enum values, never members.
      if (!type.equals("enum") && !type.equals("intEnum")) {
        shape.path("members").forEach(m -> addPrelude(ids, m));
      }
    }
    return ids;
  }

  private static void addPrelude(Set<String> ids, JsonNode ref) {
    String target = SmithyAst.target(ref);
    if (target != null && SmithyAst.isPrelude(target)) {
      ids.add(target);
    }
  }
}
