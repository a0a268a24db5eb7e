package dev.awsmcp.server.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The SDK's JSON schema validator, made on first use. The SDK makes it when the server is built
 * and checks every tool's schemas with it, loading a schema library of some 240 classes (~90 ms
 * here, several times that on a busy machine) before the first {@code tools/list} can be
 * answered. Our own tools' schemas are fixed and checked by that same validator in
 * {@code McpToolSchemasTests}, so they are not checked again at start-up; any other schema is.
 * The validator is then first needed when a tool answers with structured content.
 */
final class LazySchemaValidator implements JsonSchemaValidator {
  private final Set<Map<String, Object>> checkedByTests;
  private volatile JsonSchemaValidator delegate;

  /** @param tools the server's own tools, whose input and output schemas the tests check */
  LazySchemaValidator(Collection<McpSchema.Tool> tools) {
    Set<Map<String, Object>> schemas = new HashSet<>();
    for (McpSchema.Tool tool : tools) {
      if (tool.inputSchema() != null) {
        schemas.add(tool.inputSchema());
      }
      if (tool.outputSchema() != null) {
        schemas.add(tool.outputSchema());
      }
    }
    this.checkedByTests = Set.copyOf(schemas);
  }

  /** Whether the schema library has been loaded; for tests. */
  boolean isLoaded() {
    return delegate != null;
  }

  private JsonSchemaValidator delegate() {
    JsonSchemaValidator d = delegate;
    if (d == null) {
      synchronized (this) {
        d = delegate;
        if (d == null) {
          d = McpJsonDefaults.getSchemaValidator();
          delegate = d;
        }
      }
    }
    return d;
  }

  @Override
  public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
    return delegate().validate(schema, structuredContent);
  }

  @Override
  public ValidationResponse validateSchema(Map<String, Object> schema) {
    if (delegate == null && schema != null && checkedByTests.contains(schema)) {
      return ValidationResponse.asValid(null);
    }
    return delegate().validateSchema(schema);
  }
}
