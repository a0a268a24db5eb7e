package dev.awsmcp.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorKind;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bypass attempts against an engine set up as a cautious user would (read-only mode, defaults
 * otherwise), with a recorder standing in for AWS: every attempt is refused as a policy or
 * validation error and no request reaches the recorder; legitimate read-only commands pass.
 */
class RedTeamTests {
  private static LoopbackRecorder recorder;
  private static AwsMcp engine;

  @BeforeAll
  static void start() throws IOException {
    recorder = new LoopbackRecorder();
    Path home = Files.createTempDirectory("redteam-home");
    Path workdir = Files.createTempDirectory("redteam-workdir");
    engine = AwsMcp.builder()
        .modelPath(TestEngines.botocoreData())
        .modelClassLoader(null)
        .searchInstalledModels(false)
        .environment(Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "secret", "AWS_REGION", "us-east-1",
            "AWS_ENDPOINT_URL", recorder.url(), "AWS_CONFIG_FILE", "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent",
            "HOME", home.toString(), "READ_OPERATIONS_ONLY", "true", "AWS_MAX_ATTEMPTS", "1"))
        .workingDirectory(workdir)
        .build();
  }

  @AfterAll
  static void stop() {
    recorder.close();
  }

  static List<String[]> refused() throws IOException {
    return lines("/policy/redteam-refused.tsv").stream().map(l -> l.split("\t", 2)).collect(Collectors.toList());
  }

  static List<String> allowed() throws IOException {
    return lines("/policy/redteam-allowed.tsv");
  }

  private static List<String> lines(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(RedTeamTests.class.getResourceAsStream(resource),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.replace("\\n", "\n"));
        }
      }
    }
    return out;
  }

  @Test
  void theSuitesAreLargeEnough() throws IOException {
    assertTrue(refused().size() >= 150, "refused: " + refused().size());
    assertTrue(allowed().size() >= 50, "allowed: " + allowed().size());
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("refusedArguments")
  void aBypassAttemptIsRefusedBeforeAnyRequest(String category, String command) {
    int before = recorder.requests();
    CallResult r = engine.call(command);
    assertFalse(r.ok(), "went through: " + command);
    Set<ErrorKind> kinds = r.errors().stream().map(CommandError::kind).collect(Collectors.toSet());
    assertTrue(Set.of(ErrorKind.POLICY, ErrorKind.VALIDATION).containsAll(kinds), command + " -> " + r.errors());
    assertEquals(before, recorder.requests(), "a request reached AWS for " + command);
  }

  static List<org.junit.jupiter.params.provider.Arguments> refusedArguments() throws IOException {
    return refused().stream().map(f -> org.junit.jupiter.params.provider.Arguments.of(f[0], f[1])).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowed")
  void aLegitimateReadOnlyCommandPasses(String template) {
    String command = template.replace("{recorder}", recorder.url());
    int before = recorder.requests();
    CallResult r = engine.call(command);
    Set<ErrorKind> kinds = r.errors().stream().map(CommandError::kind).collect(Collectors.toSet());
    assertFalse(kinds.contains(ErrorKind.POLICY) || kinds.contains(ErrorKind.VALIDATION)
        || kinds.contains(ErrorKind.MISSING_CONTEXT), command + " -> " + r.errors());
    {
      assertTrue(recorder.requests() > before, "no request was sent for " + command);
    }
  }
}
