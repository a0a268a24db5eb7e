package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw pipe, without a client library that might skip bad lines: every line the server writes
 * on standard output is a JSON-RPC message, also while the engine loads its models and builds
 * its offline documentation index; closing standard input ends the process.
 */
class McpStdioPipeTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path home;

  private Process start(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
    // options for the JVM (-X...) come before the class path, the others are the command's
    List.of(args).stream().filter(a -> a.startsWith("-X")).forEach(command::add);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.awsmcp.server.Main"));
    List.of(args).stream().filter(a -> !a.startsWith("-X")).forEach(command::add);
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(home.resolve("stderr.txt").toFile());
    pb.environment().putAll(env);
    return pb.start();
  }

  private static void send(OutputStream in, String json) throws Exception {
    in.write((json + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  @Test
  void standardOutputCarriesOnlyProtocolMessagesAndEndOfInputEndsTheServer() throws Exception {
    Process p = start(McpClients.environment(home));
    OutputStream in = p.getOutputStream();
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
    send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\","
        + "\"arguments\":{\"cli_command\":\"aws sts get-caller-identity\"}}}");
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"search_documentation\","
        + "\"arguments\":{\"search_phrase\":\"create an sqs queue\",\"limit\":3}}}");
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<JsonNode> answers = new ArrayList<>();
    while (answers.size() < 3) {
      String line = out.readLine();
      assertTrue(line != null, "the server ended before answering: " + answers);
      JsonNode message = JSON.readTree(line);
      assertEquals("2.0", message.path("jsonrpc").asText(), line);
      if (message.has("id")) {
        answers.add(message);
      }
    }
    assertEquals(3, answers.size());
    for (JsonNode answer : answers.subList(1, 3)) {
      assertEquals(false, answer.path("result").path("isError").asBoolean(true), answer.toString());
    }
    in.close();
    assertTrue(p.waitFor(15, TimeUnit.SECONDS), "the server ends when its input ends");
    assertEquals(0, p.exitValue());
    assertEquals(-1, out.read(), "nothing after the answers");
  }

  @Test
  void anUnknownTransportIsRefusedRatherThanServedAsStdio() throws Exception {
    Map<String, String> env = McpClients.environment(home);
    env.put("AWS_API_MCP_TRANSPORT", "sse");
    Process p = start(env, "serve");
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(4, p.exitValue());
    String stderr = java.nio.file.Files.readString(home.resolve("stderr.txt"));
    assertTrue(stderr.contains("AWS_API_MCP_TRANSPORT=sse is not a transport"), stderr);
  }

  @Test
  void theStdioPathLoadsNoHttpServerClasses() throws Exception {
    Path classes = home.resolve("classes.log");
    Process p = start(McpClients.environment(home), "-Xlog:class+load=info:file=" + classes);
    OutputStream in = p.getOutputStream();
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
    send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    int answers = 0;
    while (answers < 2) {
      String line = out.readLine();
      assertTrue(line != null, "the server ended before answering");
      answers += JSON.readTree(line).has("id") ? 1 : 0;
    }
    in.close();
    assertTrue(p.waitFor(15, TimeUnit.SECONDS));
    String loaded = java.nio.file.Files.readString(classes);
    assertTrue(loaded.contains("dev.awsmcp.server.mcp.StdioMcpServer"), "the log lists the classes loaded");
    for (String prefix : List.of("org.eclipse.jetty", "jakarta.servlet", "dev.awsmcp.server.http", "com.nimbusds")) {
      assertTrue(!loaded.contains(prefix + "."), prefix + " classes were loaded on the stdio path");
    }
  }
}
