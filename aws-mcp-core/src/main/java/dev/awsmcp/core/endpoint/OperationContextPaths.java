package dev.awsmcp.core.endpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.query.JmespathQueries;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.smithy.jmespath.JmespathExpression;
import software.amazon.smithy.jmespath.ast.LiteralExpression;

/**
 * Evaluates an operation context parameter's path (a JMESPath expression such as
 * {@code keys(RequestItems)}) over the input, as botocore does with {@code jmespath.search}.
 * Compiled expressions are kept: a model has a handful of them.
 */
final class OperationContextPaths {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, JmespathExpression> compiled = new ConcurrentHashMap<>();

  /** The path's value over the input as plain Java (String, Boolean, List, ...), or null. */
  Object evaluate(String path, ObjectNode input) {
    JmespathExpression expression = compiled.computeIfAbsent(path, JmespathQueries::compile);
    Object data = JSON.convertValue(input, Object.class);
    LiteralExpression result = expression.evaluate(LiteralExpression.from(data));
    return result.isNullValue() ? null : result.getValue();
  }
}
