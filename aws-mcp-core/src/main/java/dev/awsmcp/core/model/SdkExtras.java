package dev.awsmcp.core.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * botocore's {@code service-2.sdk-extras.json}: its {@code "merge"} object is deep-merged into the
 * model as botocore's loader does ({@code utils.deep_merge}: objects merge key by key, anything else
 * replaces; new keys go last). The streaming readers apply it while they stream: only the few
 * values it touches (rds's SourceRegion members, s3's Expires shape, a serviceId) are read as
 * trees, merged, and read back through a parser over the merged tree.
 */
final class SdkExtras {
  private SdkExtras() {}

  /** Reads one field's value; the parser is at the value's first token and must be left at its last. */
  interface FieldReader {
    /**
     * @param entryOverlay for a field named in {@code entries} whose value is an object: what the
     *     extras merge into its entries (read them with {@link #fields} again), else null
     */
    void read(String name, JsonParser p, ObjectNode entryOverlay) throws IOException;
  }

  /** The {@code "merge"} object of an extras file, or null if it has none. */
  static ObjectNode read(Path file) {
    JsonNode merge = Json.read(file).path("merge");
    return merge instanceof ObjectNode ? (ObjectNode) merge : null;
  }

  /**
   * Reads the fields of the object whose start the parser is at (leaving it at its end) through
   * {@code reader}, with {@code overlay} (null: none) merged in. A field the overlay also has is read
   * as a tree and merged, except the fields named in {@code entries} (shapes, operations), whose
   * entries the reader merges one by one; overlay fields the object lacks are read last.
   */
  static void fields(JsonParser p, ObjectNode overlay, Set<String> entries, FieldReader reader) throws IOException {
    if (overlay == null) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        reader.read(name, p, null);
      }
      return;
    }
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      JsonNode extra = overlay.get(name);
      if (extra == null) {
        reader.read(name, p, null);
      } else {
        seen.add(name);
        if (entries.contains(name) && t == JsonToken.START_OBJECT && extra.isObject()) {
          reader.read(name, p, (ObjectNode) extra);
        } else {
          readTree(name, merge(Json.tree(p), extra), reader);
        }
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!seen.contains(e.getKey())) {
        readTree(e.getKey(), e.getValue().deepCopy(), reader);
      }
    }
  }

  private static void readTree(String name, JsonNode value, FieldReader reader) throws IOException {
    try (JsonParser q = value.traverse()) {
      q.nextToken();
      reader.read(name, q, null);
    }
  }

  /** {@code base} with {@code extra} merged in (base is changed; extra is not). */
  static JsonNode merge(JsonNode base, JsonNode extra) {
    if (base instanceof ObjectNode && extra instanceof ObjectNode) {
      deepMerge((ObjectNode) base, (ObjectNode) extra);
      return base;
    }
    return extra.deepCopy();
  }

  private static void deepMerge(ObjectNode base, ObjectNode extra) {
    for (Iterator<Map.Entry<String, JsonNode>> it = extra.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode current = base.get(e.getKey());
      if (current instanceof ObjectNode && e.getValue() instanceof ObjectNode) {
        deepMerge((ObjectNode) current, (ObjectNode) e.getValue());
      } else {
        base.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }
}
