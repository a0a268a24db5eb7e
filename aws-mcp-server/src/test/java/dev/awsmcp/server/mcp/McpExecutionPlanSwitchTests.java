package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EXPERIMENTAL_AGENT_SCRIPTS=false takes get_execution_plan out of tools/list (it is on by default). */
class McpExecutionPlanSwitchTests {
  @TempDir Path home;

  @Test
  void theVariableSetToFalseHidesTheTool() {
    Map<String, String> env = McpClients.environment(home);
    env.put("EXPERIMENTAL_AGENT_SCRIPTS", "false");
    McpSyncClient client = McpClients.start(env, spec -> spec);
    try {
      assertEquals(List.of("call_aws", "suggest_aws_commands", "search_documentation", "read_documentation", "recommend"),
          client.listTools().tools().stream().map(McpSchema.Tool::name).collect(Collectors.toList()));
    } finally {
      client.closeGracefully();
    }
  }
}
