package dev.awsmcp.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client configurations in samples/mcp-clients are valid and start the server jar over stdio. */
class McpClientConfigsTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FOOTPRINT_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m");

  @ParameterizedTest
  @ValueSource(strings = {"cursor.json", "kiro.json", "amazon-q.json", "vscode.json"})
  void aClientConfigurationStartsTheServerJar(String file) throws IOException {
    JsonNode root = JSON.readTree(Files.readString(Path.of("mcp-clients", file)));
    JsonNode server = (root.has("servers") ? root.get("servers") : root.get("mcpServers")).get("aws-mcp");
    assertEquals("java", server.get("command").asText());
    List<String> args = new ArrayList<>();
    server.get("args").forEach(a -> args.add(a.asText()));
    int jar = args.indexOf("-jar");
    assertTrue(jar >= 0 && args.get(jar + 1).endsWith("aws-mcp-server.jar"), args.toString());
    // The JVM options that keep the server's resident memory small (docs/mcp-server.md, "Footprint").
    assertEquals(FOOTPRINT_OPTIONS, args.subList(0, jar));
    assertTrue(server.get("env").has("AWS_REGION"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"claude-code.sh"})
  void theClaudeCodeScriptRegistersTheServerJar(String file) throws IOException {
    String script = Files.readString(Path.of("mcp-clients", file));
    assertTrue(script.contains("claude mcp add aws-mcp")
        && script.contains("-- java " + String.join(" ", FOOTPRINT_OPTIONS) + " -jar"), script);
  }
}
