package dev.awsmcp.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.testing.MotoServer;
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

/**
 * The {@code call} command per the command-line contract, run as its own process (the
 * environment is part of the contract) against a real moto server.
 */
class CallCommandTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path workdir;

  private record Run(int exit, String out, String err) {}

  private Run run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.awsmcp.server.Main");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("AWS_ACCESS_KEY_ID", "testing");
    pb.environment().put("AWS_SECRET_ACCESS_KEY", "testing");
    pb.environment().put("AWS_REGION", "us-east-1");
    pb.environment().put("AWS_ENDPOINT_URL", MotoServer.shared().endpoint().toString());
    pb.environment().put("AWS_CONFIG_FILE", "/nonexistent");
    pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
    pb.environment().put("AWS_API_MCP_WORKING_DIR", workdir.toString());
    pb.environment().put("AWS_API_MCP_AGENT_SCRIPTS_DIR", workdir.resolve("plans").toString());
    Path in = workdir.resolve("stdin.txt");
    Files.writeString(in, stdin, StandardCharsets.UTF_8);
    Path out = workdir.resolve("stdout.txt");
    Path err = workdir.resolve("stderr.txt");
    Process p = pb.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "call did not finish");
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aSuccessfulCallPrintsTheAnswerAndExitsZero() throws Exception {
    Run r = run("", "call", "aws sts get-caller-identity");
    assertEquals(0, r.exit(), r.out() + r.err());
    JsonNode json = JSON.readTree(r.out());
    assertTrue(json.get("ok").asBoolean());
    assertEquals("sts", json.get("service").asText());
    assertEquals("GetCallerIdentity", json.get("operation").asText());
    assertEquals("us-east-1", json.get("region").asText());
    assertEquals(200, json.get("httpStatus").asInt());
    assertTrue(json.get("response").get("Account").isTextual(), "the answer is JSON, not a JSON string");
  }

  @Test
  void aServiceErrorExitsOneWithAwsCode() throws Exception {
    Run r = run("", "call", "aws iam get-user --user-name nobody-at-all");
    assertEquals(1, r.exit(), r.out() + r.err());
    JsonNode error = JSON.readTree(r.out()).get("error");
    assertEquals("service", error.get("kind").asText());
    assertEquals("NoSuchEntity", error.get("code").asText());
    assertEquals(404, error.get("httpStatus").asInt());
  }

  @Test
  void aRefusedCommandExitsTwoAndSendsNothing() throws Exception {
    Run r = run("", "call", "aws cloud9 describe-environment-status");
    assertEquals(2, r.exit(), r.out() + r.err());
    JsonNode json = JSON.readTree(r.out());
    assertFalse(json.get("ok").asBoolean());
    assertEquals("missing_context", json.get("error").get("kind").asText());
  }

  @Test
  void readOnlyModeRefusesMutations() throws Exception {
    Run r = run("", "call", "--read-only", "aws iam create-user --user-name never-created");
    assertEquals(2, r.exit(), r.out() + r.err());
    JsonNode error = JSON.readTree(r.out()).get("error");
    assertEquals("policy", error.get("kind").asText());
    assertEquals("POLICY_DENIED", error.get("code").asText());
  }

  @Test
  void callDashReadsOneCommandPerLine() throws Exception {
    Run r = run("aws sts get-caller-identity\naws s4 ls\naws iam list-users --max-items 1\n", "call", "-");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(3, lines.length, r.out());
    assertTrue(JSON.readTree(lines[0]).get("ok").asBoolean());
    assertEquals("UNKNOWN_SERVICE", JSON.readTree(lines[1]).get("error").get("code").asText());
    assertTrue(JSON.readTree(lines[2]).get("ok").asBoolean());
  }

  @Test
  void doctorPrintsTheConfigurationTheModelsAndTheIdentity() throws Exception {
    Path plans = Files.createDirectories(workdir.resolve("plans"));
    Files.writeString(plans.resolve("lambda-timeout.md"), "---\ndescription: Ours\n---\nAsk the on-call engineer.\n");
    Files.writeString(plans.resolve("broken.md"), "no front matter");
    Run r = run("", "doctor");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = JSON.readTree(r.out());
    assertEquals("123456789012", json.get("identity").get("account").asText(), r.out());
    assertEquals("workdir", json.get("configuration").get("fileAccess").asText(), r.out());
    assertEquals("consent", json.get("configuration").get("sensitiveReads").asText(), r.out());
    assertTrue(json.get("models").get("serviceCount").asInt() > 400, r.out());
    JsonNode execution = json.get("execution");
    assertEquals(3, execution.get("maxAttempts").asInt(), r.out());
    assertEquals("us-east-1", execution.get("defaultRegion").asText(), r.out());
    assertEquals(60.0, execution.get("readTimeoutSeconds").asDouble(), r.out());
    assertTrue(execution.get("userAgent").asText().startsWith("aws-mcp/"), r.out());
    assertEquals("stdio", execution.get("transport").asText(), r.out());
    assertTrue(json.get("policySummary").get(0).asText().startsWith("commands that change something: run"), r.out());
    assertTrue(r.err().contains("WARNING: mutating commands run without read-only mode or consent"), r.err());
    JsonNode executionPlans = json.get("configuration").get("executionPlans");
    assertTrue(executionPlans.get("enabled").asBoolean(), r.out());
    assertEquals("[\"lambda-timeout\"]", executionPlans.get("overriddenBuiltIns").toString(), r.out());
    assertEquals(plans.resolve("broken.md").toString(), executionPlans.get("skipped").get(0).get("file").asText(), r.out());
    assertTrue(r.err().contains("WARNING: execution plans: " + plans.resolve("broken.md") + " skipped: it does not start"), r.err());
  }

  @Test
  void consentIsRefusedWithoutATerminalAndGivenWithYes() throws Exception {
    Run refused = run("", "call", "aws secretsmanager list-secrets --max-results 1");
    assertEquals(0, refused.exit(), refused.err());
    Run asked = run("", "call", "aws ssm get-parameter --name /nothing/here");
    assertEquals(2, asked.exit(), asked.out());
    assertEquals("CONSENT_DECLINED", JSON.readTree(asked.out()).get("error").get("code").asText(), asked.out());
    Run yes = run("", "call", "--yes", "aws ssm get-parameter --name /nothing/here");
    assertEquals("ParameterNotFound", JSON.readTree(yes.out()).get("error").get("code").asText(), yes.out());
  }
}
