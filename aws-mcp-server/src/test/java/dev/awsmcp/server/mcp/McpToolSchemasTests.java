package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.tools.AwsTools;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tools' schemas pass the SDK's own validator, here rather than at every server start-up
 * (see {@link LazySchemaValidator}), and the start-up check really is skipped for them only.
 */
class McpToolSchemasTests {
  private static List<SyncToolSpecification> tools(boolean readOnly) {
    return McpToolSpecifications.of(AwsTools.definitions(() -> {
      throw new AssertionError("no engine needed");
    }, readOnly), exchange -> { }, new InFlightCalls());
  }

  @Test
  void everyToolsInputAndOutputSchemaIsAValidJsonSchema() {
    JsonSchemaValidator real = McpJsonDefaults.getSchemaValidator();
    for (boolean readOnly : new boolean[] {false, true}) {
      for (SyncToolSpecification spec : tools(readOnly)) {
        McpSchema.Tool tool = spec.tool();
        assertTrue(real.validateSchema(tool.inputSchema()).valid(), tool.name() + " input schema");
        if (tool.outputSchema() != null) {
          assertTrue(real.validateSchema(tool.outputSchema()).valid(), tool.name() + " output schema");
        }
      }
    }
  }

  @Test
  void theServersOwnSchemasAreNotCheckedAgainAtStartUpButOthersAre() {
    List<SyncToolSpecification> tools = tools(false);
    LazySchemaValidator lazy = new LazySchemaValidator(tools.stream().map(SyncToolSpecification::tool).toList());
    for (SyncToolSpecification spec : tools) {
      assertTrue(lazy.validateSchema(spec.tool().inputSchema()).valid());
    }
    assertFalse(lazy.isLoaded(), "the schema library must not load for the server's own schemas");
    Map<String, Object> broken = Map.of("type", "object", "properties", Map.of("x", Map.of("type", 42)));
    assertFalse(lazy.validateSchema(broken).valid(), "another schema is checked by the real validator");
    assertTrue(lazy.isLoaded());
    assertEquals(McpJsonDefaults.getSchemaValidator().validateSchema(broken).valid(), lazy.validateSchema(broken).valid());
  }
}
