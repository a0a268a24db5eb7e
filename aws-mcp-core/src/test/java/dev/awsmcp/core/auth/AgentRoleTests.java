package dev.awsmcp.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.testing.MotoServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With an agent role configured, every call acts as that role's session, marked as the agent's. */
class AgentRoleTests {
  private static final String ROLE = "arn:aws:iam::123456789012:role/agent-calls";
  @TempDir Path dir;

  @Test
  void theEnvironmentConfiguresRoleSessionSourceIdentityAndTags() {
    AgentRole role = AgentRole.fromEnvironment(Map.of("AWS_MCP_AGENT_ROLE_ARN", ROLE,
        "AWS_MCP_AGENT_SESSION_TAGS", "agent=claude, team=platform")).orElseThrow();
    assertEquals("aws-mcp-agent", role.sessionName());
    assertEquals(Optional.of("aws-mcp-agent"), role.sourceIdentity());
    assertEquals(Map.of("agent", "claude", "team", "platform"), role.tags());
    AgentRole bare = AgentRole.fromEnvironment(Map.of("AWS_MCP_AGENT_ROLE_ARN", ROLE,
        "AWS_MCP_AGENT_SOURCE_IDENTITY", "", "AWS_MCP_AGENT_SESSION_TAGS", "")).orElseThrow();
    assertEquals(Optional.empty(), bare.sourceIdentity());
    assertTrue(bare.tags().isEmpty());
    assertEquals(Optional.empty(), AgentRole.fromEnvironment(Map.of()));
  }

  @Test
  void aMalformedSettingIsRefusedWithTheVariableNamed() {
    IllegalArgumentException arn = assertThrows(IllegalArgumentException.class,
        () -> AgentRole.fromEnvironment(Map.of("AWS_MCP_AGENT_ROLE_ARN", "agent-calls")));
    assertTrue(arn.getMessage().contains("AWS_MCP_AGENT_ROLE_ARN"));
    IllegalArgumentException tags = assertThrows(IllegalArgumentException.class,
        () -> AgentRole.fromEnvironment(Map.of("AWS_MCP_AGENT_ROLE_ARN", ROLE, "AWS_MCP_AGENT_SESSION_TAGS", "novalue")));
    assertTrue(tags.getMessage().contains("AWS_MCP_AGENT_SESSION_TAGS"));
  }

  @Test
  void callsActAsTheAssumedAgentSession() {
    MotoServer moto = MotoServer.shared();
    Map<String, String> env = new HashMap<>(Map.of("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY", "human",
        "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", moto.endpoint().toString(), "AWS_CONFIG_FILE", "/nonexistent",
        "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent", "AWS_MCP_AGENT_ROLE_ARN", ROLE));
    AwsMcp engine = AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null).searchInstalledModels(false)
        .environment(env).workingDirectory(dir).build();
    CallResult r = engine.call("aws sts get-caller-identity");
    assertTrue(r.ok(), r.errors().toString());
    String arn = r.response().orElseThrow().get("Arn").asText();
    assertEquals("arn:aws:sts::123456789012:assumed-role/agent-calls/aws-mcp-agent", arn);
  }
}
