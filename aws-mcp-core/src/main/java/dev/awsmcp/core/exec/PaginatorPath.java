package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.query.JmespathQueries;
import java.util.List;
import software.amazon.smithy.jmespath.JmespathExpression;

/**
 * One expression of a paginator ({@code Reservations}, {@code DistributionList.Items},
 * {@code NextMarker || Contents[-1].Key}): searched as JMESPath on a page, and written back with
 * botocore's {@code set_value_from_jmespath}, which understands dotted names only. Immutable.
 */
final class PaginatorPath {
  private final String expression;
  private final JmespathExpression compiled;

  private PaginatorPath(String expression) {
    this.expression = expression;
    this.compiled = JmespathQueries.compile(expression);
  }

  static PaginatorPath of(String expression) {
    PaginatorPath path = COMPILED.get(expression);
    if (path == null) {
      path = new PaginatorPath(expression);
      if (COMPILED.size() < MAX_CACHED) {
        COMPILED.putIfAbsent(expression, path);
      }
    }
    return path;
  }

  // Paginator expressions come from the models (a few thousand at most): compile each once.
  private static final int MAX_CACHED = 20_000;
  private static final java.util.Map<String, PaginatorPath> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

  String expression() {
    return expression;
  }

  /** The value at this path, or null when JMESPath finds nothing (null). */
  JsonNode search(JsonNode document) {
    JsonNode found = compiled.evaluate(document, JsonNodeJmespathRuntime.INSTANCE);
    return found == null || found.isNull() || found.isMissingNode() ? null : found;
  }

  /**
   * Sets the value at this dotted path, creating objects on the way (a JSON null for a null
   * value, as Python's None). Refuses anything but dotted names, as botocore does.
   */
  void set(ObjectNode document, JsonNode value) {
    List<String> names = List.of(expression.split("\\.", -1));
    ObjectNode at = document;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isEmpty() || !name.matches("[A-Za-z0-9_]+")) {
        throw new IllegalArgumentException("a paginator path that is not a dotted name cannot be set: " + expression);
      }
      if (i == names.size() - 1) {
        at.set(name, value == null ? JsonNodeFactory.instance.nullNode() : value);
      } else {
        JsonNode next = at.get(name);
        if (next == null) {
          next = at.putObject(name);
        }
        if (!next.isObject()) {
          throw new IllegalArgumentException("cannot set " + expression + ": " + name + " is not an object");
        }
        at = (ObjectNode) next;
      }
    }
  }

  @Override
  public String toString() {
    return expression;
  }
}
