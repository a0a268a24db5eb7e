package dev.awsmcp.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Fills idempotency-token members the caller left out with a fresh UUID, as every AWS SDK does,
 * so a retried call is recognized as the same call. Only top-level input members carry the
 * trait. Stateless; the input is never changed in place.
 */
public final class IdempotencyTokens {
  private IdempotencyTokens() {}

  /** The input with every absent token member set to a random UUID. */
  public static ObjectNode fill(Shape input, ObjectNode values) {
    return fill(input, values, () -> UUID.randomUUID().toString());
  }

  /** As {@link #fill(Shape, ObjectNode)}, with the token source given (tests). */
  public static ObjectNode fill(Shape input, ObjectNode values, Supplier<String> tokens) {
    ObjectNode out = values;
    for (Member m : input.members().values()) {
      JsonNode v = values.get(m.name());
      if (m.traits().idempotencyToken() && (v == null || v.isNull())) {
        if (out == values) {
          out = values.deepCopy();
        }
        out.put(m.name(), tokens.get());
      }
    }
    return out;
  }
}
