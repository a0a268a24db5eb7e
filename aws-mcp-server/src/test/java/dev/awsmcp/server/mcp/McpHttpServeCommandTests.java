package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} over streamable HTTP as its own process: it refuses to start without
 * authentication (exit code 4, saying why), and on SIGTERM it lets the call under way finish
 * and answer before it exits.
 */
class McpHttpServeCommandTests {
  private static final String TOKEN = "serve-token-" + UUID.randomUUID();
  @TempDir Path home;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopServers() {
    started.forEach(Process::destroyForcibly);
  }

  private Process start(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.awsmcp.server.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(home.resolve("stderr.txt").toFile())
        .redirectOutput(home.resolve("stdout.txt").toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    started.add(p);
    return p;
  }

  private String stderr() throws Exception {
    return Files.readString(home.resolve("stderr.txt"));
  }

  private String refusal(Map<String, String> env, String... args) throws Exception {
    Process p = start(env, args);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "a refusal is immediate");
    assertEquals(4, p.exitValue(), stderr());
    return stderr();
  }

  @Test
  void withoutAuthenticationTheServerRefusesToStart() throws Exception {
    Map<String, String> env = McpClients.environment(home);
    env.put("AWS_API_MCP_TRANSPORT", "streamable-http");
    String none = refusal(env);
    assertTrue(none.contains("refusing to serve MCP over HTTP") && none.contains("needs authentication"), none);

    Map<String, String> noAuth = McpClients.environment(home);
    noAuth.put("AUTH_TYPE", "no-auth");
    String unnamed = refusal(noAuth, "serve", "--transport", "streamable-http");
    assertTrue(unnamed.contains("AWS_MCP_HTTP_ALLOW_NO_AUTH=true"), unnamed);
  }

  @Test
  void aPortInUseIsAnEngineErrorNamingTheAddress() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Map<String, String> env = McpClients.environment(home);
      env.put("AWS_API_MCP_TRANSPORT", "streamable-http");
      env.put("AWS_API_MCP_PORT", String.valueOf(taken.getLocalPort()));
      env.put("AWS_MCP_HTTP_BEARER_TOKEN", TOKEN);
      Process p = start(env);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "a port in use ends the server");
      assertEquals(3, p.exitValue(), stderr());
      assertTrue(stderr().contains("cannot serve on 127.0.0.1:" + taken.getLocalPort()), stderr());
    }
  }

  @Test
  void doctorShowsTheHttpSettingsWithoutTheToken() throws Exception {
    Map<String, String> env = McpClients.environment(home);
    env.put("AWS_API_MCP_TRANSPORT", "streamable-http");
    env.put("AWS_API_MCP_PORT", "8123");
    env.put("AWS_API_MCP_STATELESS_HTTP", "yes");
    env.put("AWS_MCP_HTTP_BEARER_TOKEN", TOKEN);
    Process p = start(env, "doctor");
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String out = Files.readString(home.resolve("stdout.txt"));
    JsonNode http = new ObjectMapper().readTree(out).get("execution").get("http");
    assertEquals("streamable-http", new ObjectMapper().readTree(out).get("execution").get("transport").asText());
    assertEquals("127.0.0.1", http.get("host").asText(), http.toString());
    assertEquals(8123, http.get("port").asInt());
    assertEquals("bearer-token", http.get("authType").asText());
    assertTrue(http.get("stateless").asBoolean());
    assertFalse(out.contains(TOKEN), "doctor never prints the token");

    env.remove("AWS_MCP_HTTP_BEARER_TOKEN");
    Process refused = start(env, "doctor");
    assertTrue(refused.waitFor(120, TimeUnit.SECONDS));
    String again = Files.readString(home.resolve("stdout.txt"));
    assertTrue(new ObjectMapper().readTree(again).get("execution").get("http").get("refused").asText().contains("needs authentication"), again);
    assertTrue(stderr().contains("serve would refuse to start over HTTP"), stderr());
  }

  @Test
  void sigtermLetsTheCallUnderWayFinishAndAnswer() throws Exception {
    int port = McpClients.freePort();
    Map<String, String> env = McpClients.environment(home);
    env.put("AWS_API_MCP_TRANSPORT", "streamable-http");
    env.put("AWS_API_MCP_PORT", String.valueOf(port));
    env.put("AWS_MCP_HTTP_BEARER_TOKEN", TOKEN);
    Process p = start(env);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!stderr().contains("serving MCP over streamable HTTP at http://127.0.0.1:" + port + "/mcp")) {
      assertTrue(p.isAlive(), "the server ended: " + stderr());
      assertTrue(System.nanoTime() < deadline, "the server did not start: " + stderr());
      Thread.sleep(100);
    }
    CountDownLatch asked = new CountDownLatch(1);
    CountDownLatch stopping = new CountDownLatch(1);
    McpSyncClient client = McpClients.http("http://127.0.0.1:" + port, TOKEN,
        spec -> spec
            .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
            .elicitation(request -> {
              // The human answers only after the server was told to stop.
              asked.countDown();
              try {
                stopping.await(30, TimeUnit.SECONDS);
                Thread.sleep(1_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("approve", true));
            }));
    try {
      String queue = "sigterm-" + UUID.randomUUID().toString().substring(0, 8);
      CompletableFuture<McpSchema.CallToolResult> call = CompletableFuture.supplyAsync(() -> client.callTool(
          new McpSchema.CallToolRequest("call_aws", Map.of("cli_command", "aws sqs create-queue --queue-name " + queue))));
      assertTrue(asked.await(60, TimeUnit.SECONDS), "consent was asked: " + stderr());
      p.destroy(); // SIGTERM
      long waited = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!stderr().contains("aws-mcp: stopping")) {
        assertTrue(System.nanoTime() < waited, "the shutdown hook did not run: " + stderr());
        Thread.sleep(50);
      }
      stopping.countDown();
      McpSchema.CallToolResult result = call.get(60, TimeUnit.SECONDS);
      JsonNode item = new ObjectMapper().readTree(((McpSchema.TextContent) result.content().get(0)).text()).get("results").get(0);
      assertTrue(item.get("ok").asBoolean(), "the call under way finished: " + item);
      assertTrue(p.waitFor(45, TimeUnit.SECONDS), "the server exits once the call is done");
    } finally {
      client.close();
    }
  }
}
