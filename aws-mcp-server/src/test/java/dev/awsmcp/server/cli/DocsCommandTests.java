package dev.awsmcp.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docs search|read} per the command-line contract, run as its own process with no network used. */
class DocsCommandTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private record Run(int exit, JsonNode json, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.awsmcp.server.Main");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("AWS_CONFIG_FILE", "/nonexistent");
    pb.environment().put("AWS_MCP_DOCS_CACHE_DIR", dir.resolve("cache").toString());
    // Were anything to reach for the network, it would find nothing listening here.
    pb.environment().put("AWS_MCP_DOCS_ENDPOINT", "http://127.0.0.1:9");
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "docs did not finish");
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertTrue(!stdout.isBlank(), stderr);
    return new Run(p.exitValue(), JSON.readTree(stdout), stderr);
  }

  @Test
  void readingAnOperationPrintsItsReferencePageFromTheModels() throws Exception {
    Run r = run("docs", "read", "aws sqs send-message", "--max-length", "300");
    assertEquals(0, r.exit(), r.json() + r.err());
    assertEquals("offline_models", r.json().get("source").asText());
    assertTrue(r.json().get("content").asText().startsWith("# aws sqs send-message"));
    assertEquals(300, r.json().get("nextStartIndex").asInt());
  }

  @Test
  void anAddressOutsideTheDocumentationIsRefusedWithExitTwo() throws Exception {
    Run r = run("docs", "read", "http://169.254.169.254/latest/meta-data/");
    assertEquals(2, r.exit());
    assertEquals("DOCS_URL_REFUSED", r.json().get("error").get("code").asText());
  }

  @Test
  void searchingOfflineFindsOperations() throws Exception {
    Run r = run("docs", "search", "create an iam user", "--offline", "--limit", "5");
    assertEquals(0, r.exit(), r.json() + r.err());
    assertEquals("offline_models", r.json().get("source").asText());
    assertTrue(r.json().get("results").toString().contains("aws iam create-user"), r.json().toString());
  }
}
