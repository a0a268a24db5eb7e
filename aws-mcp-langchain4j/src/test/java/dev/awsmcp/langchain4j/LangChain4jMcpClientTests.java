package dev.awsmcp.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.testing.MotoServer;
import dev.awsmcp.core.tools.AwsTools;
import dev.awsmcp.core.tools.ToolDefinition;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.mcp.McpToolProvider;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.stdio.StdioMcpTransport;
import dev.langchain4j.service.AiServices;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP route into LangChain4j: {@code langchain4j-mcp}'s own client starts the real server
 * ({@code dev.awsmcp.server.Main}, no arguments: serve over stdio) as a process, and its
 * {@code McpToolProvider} hands the server's tools to an {@code AiServices} agent driven by a
 * scripted model, against moto. No code of ours sits between the agent and the server.
 */
class LangChain4jMcpClientTests {
  @TempDir static Path home;
  private static McpClient client;

  interface Assistant {
    String chat(String message);
  }

  @BeforeAll
  static void startServer() {
    Map<String, String> env = MotoServer.shared().clientEnvironment(home);
    env.put("AWS_PROFILE", "");
    env.put("AWS_API_MCP_WORKING_DIR", home.resolve("workdir").toString());
    env.put("AWS_MCP_DOCS_OFFLINE", "true");
    env.put("AWS_MCP_DOCS_CACHE_DIR", home.resolve("docs").toString());
    env.put("REQUIRE_MUTATION_CONSENT", "true");
    StdioMcpTransport transport = new StdioMcpTransport.Builder()
        .command(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "dev.awsmcp.server.Main"))
        .environment(env)
        .build();
    client = new DefaultMcpClient.Builder()
        .transport(transport)
        .clientName("langchain4j-mcp-tests")
        .clientVersion("1.0")
        .initializationTimeout(Duration.ofSeconds(60))
        .toolExecutionTimeout(Duration.ofSeconds(120))
        .build();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (client != null) {
      client.close();
    }
  }

  private static Assistant assistant(ScriptedChatModel model) {
    McpToolProvider tools = McpToolProvider.builder().mcpClients(client).failIfOneServerFails(true).build();
    return AiServices.builder(Assistant.class).chatModel(model).toolProvider(tools).build();
  }

  @Test
  void theAgentIsOfferedTheServersToolsAsDefinedOnce() {
    ScriptedChatModel model = new ScriptedChatModel(List.of(ScriptedChatModel.call("1", "call_aws",
        "{\"cli_command\":\"aws sts get-caller-identity\"}")));
    assistant(model).chat("who am I?");
    Map<String, ToolSpecification> offered = model.offered.stream()
        .collect(Collectors.toMap(ToolSpecification::name, t -> t));
    List<ToolDefinition> defined = AwsTools.definitions(() -> {
      throw new AssertionError("listing the tools must not need the engine");
    }, false);
    assertEquals(defined.stream().map(ToolDefinition::name).sorted().collect(Collectors.toList()),
        offered.keySet().stream().sorted().collect(Collectors.toList()));
    for (ToolDefinition d : defined) {
      assertEquals(d.description(), offered.get(d.name()).description(), d.name());
    }
    assertTrue(offered.get("call_aws").parameters().properties().containsKey("cli_command"));
  }

  @Test
  void aBatchRunsAgainstAwsAndAServiceErrorIsAnAnswer() throws Exception {
    ScriptedChatModel model = ReadAndServiceErrorScript.model();
    String answer = assistant(model).chat("who am I, and where is my queue?");
    ReadAndServiceErrorScript.assertAnswered(model, answer);
  }

  @Test
  void aMutationNeedingConsentIsRefusedForAClientThatCannotAsk() throws Exception {
    // langchain4j-mcp 1.18 declares no elicitation capability: the server cannot ask, so it refuses.
    String queue = "lc4j-mcp-" + UUID.randomUUID().toString().substring(0, 8);
    ScriptedChatModel model = new ScriptedChatModel(List.of(
        ScriptedChatModel.call("1", "call_aws", "{\"cli_command\":\"aws sqs create-queue --queue-name " + queue + "\"}"),
        ScriptedChatModel.call("2", "call_aws", "{\"cli_command\":\"aws sqs list-queues\"}")));
    assistant(model).chat("make a queue");
    String all = String.join("\n", model.toolResults);
    assertTrue(all.contains("CONSENT_DECLINED"), all);
    assertFalse(all.contains("/" + queue), all);
  }

  @Test
  void badArgumentsComeBackAsAnErrorTheModelCanRead() throws Exception {
    ScriptedChatModel model = new ScriptedChatModel(List.of(ScriptedChatModel.call("1", "call_aws",
        "{\"cli_command\":\"aws ec2 describe-instances && rm -rf /\"}")));
    assistant(model).chat("go");
    String result = model.toolResults.get(0);
    assertTrue(result.contains("\"ok\":false") || result.contains("\"error\""), result);
    assertTrue(result.contains("&&"), result);
  }
}
