package dev.awsmcp.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Policy files: the reference's format unchanged, ours, strict reading, changes without restart. */
class PolicyFileTests {
  @TempDir Path home;
  private LoopbackRecorder recorder;

  @BeforeEach
  void start() throws IOException {
    recorder = new LoopbackRecorder();
  }

  @org.junit.jupiter.api.AfterEach
  void stop() {
    recorder.close();
  }

  private AwsMcp engine(Map<String, String> extra) {
    Map<String, String> env = new java.util.HashMap<>(Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "s",
        "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", recorder.url(), "AWS_CONFIG_FILE", "/nonexistent",
        "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent", "HOME", home.toString(), "AWS_MAX_ATTEMPTS", "1"));
    env.putAll(extra);
    return AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null).searchInstalledModels(false)
        .environment(env).workingDirectory(home).build();
  }

  private Path referenceFile(String json) throws IOException {
    Path f = home.resolve(".aws/aws-api-mcp/mcp-security-policy.json");
    Files.createDirectories(f.getParent());
    Files.writeString(f, json);
    return f;
  }

  private static boolean refused(CallResult r, ErrorCode code) {
    return !r.ok() && r.errors().get(0).code() == code;
  }

  @Test
  void theReferenceFileIsReadUnchangedAndItsEntriesMatchCliAndApiNames() throws IOException {
    referenceFile("{\"version\":\"1.0\",\"policy\":{\"denyList\":[\"aws iam delete-user\", \"aws s3 delete-bucket\"],"
        + "\"elicitList\":[\"aws s3api put-object\"]}}");
    AwsMcp e = engine(Map.of());
    CallResult r = e.call("aws iam delete-user --user-name bob");
    assertTrue(refused(r, ErrorCode.POLICY_DENIED), r.errors().toString());
    assertTrue(r.errors().get(0).message().contains("deny list"), r.errors().get(0).message());
    // "s3" in the reference's documented entries means the API command s3api.
    assertTrue(refused(e.call("aws s3api delete-bucket --bucket b"), ErrorCode.POLICY_DENIED));
    assertTrue(refused(e.call("aws s3api put-object --bucket b --key k"), ErrorCode.CONSENT_DECLINED));
    assertEquals(0, recorder.requests());
    e.call("aws iam list-users");
    assertEquals(1, recorder.requests());
  }

  @Test
  void ourFormatHasWildcardsAnAllowListAndModes() throws IOException {
    Path f = home.resolve("policy.json");
    Files.writeString(f, "{\"version\":\"1.0\",\"deny\":[\"aws iam *\"],\"consent\":[\"aws * delete-*\"],"
        + "\"allow\":[\"aws iam *\",\"aws ec2 *\",\"aws dynamodb *\"],\"readOnly\":false,\"sensitiveReads\":\"deny\"}");
    AwsMcp e = engine(Map.of("AWS_MCP_POLICY_FILE", f.toString()));
    assertTrue(refused(e.call("aws iam list-users"), ErrorCode.POLICY_DENIED));
    assertTrue(refused(e.call("aws s3api list-buckets"), ErrorCode.POLICY_DENIED), "not on the allow list");
    assertTrue(refused(e.call("aws dynamodb delete-table --table-name t"), ErrorCode.CONSENT_DECLINED));
    e.call("aws ec2 describe-instances");
    assertEquals(1, recorder.requests());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "not json", "[]", "{\"deny\": \"aws iam *\"}", "{\"deny\": [\"aws iam delete-user --user-name x\"]}",
      "{\"denyList\": [\"aws iam *\"]}", "{\"policy\": {\"denylist\": []}}", "{\"readOnly\": \"yes\"}",
      "{\"sensitiveReads\": \"sometimes\"}", "{\"version\": 1}", "{\"deny\": [42]}"})
  void aMalformedFileStopsStartUpNamingTheFile(String json) throws IOException {
    Path f = referenceFile(json);
    PolicyConfigurationException e = assertThrows(PolicyConfigurationException.class, () -> engine(Map.of()));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
  }

  private boolean declaresReadOnly(Map<String, String> env) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("HOME", home.toString());
    return PolicySettings.fromEnvironment(all, java.util.Optional.empty()).policyFilesDeclareReadOnly();
  }

  @Test
  void readOnlyDeclaredByEitherFileIsSeenBeforeTheEngineStarts() throws IOException {
    assertFalse(declaresReadOnly(Map.of()), "no file");
    referenceFile("{\"version\": \"1.0\", \"deny\": [\"aws iam *\"]}");
    assertFalse(declaresReadOnly(Map.of()), "a file without readOnly");
    Path ours = Files.writeString(home.resolve("ours.json"), "{\"version\": \"1.0\", \"readOnly\": true}");
    assertTrue(declaresReadOnly(Map.of("AWS_MCP_POLICY_FILE", ours.toString())), "AWS_MCP_POLICY_FILE");
    referenceFile("{\"version\": \"1.0\", \"readOnly\": true}");
    assertTrue(declaresReadOnly(Map.of()), "the reference's file");
  }

  // The annotation is a hint and must never claim more safety than the engine gives: a file the
  // engine would refuse to start with does not make the tool look read-only.
  @ParameterizedTest
  @ValueSource(strings = {"not json", "{\"readOnly\": \"yes\"}", "{\"readOnly\": true, \"deny\": [42]}",
      "{\"readOnly\": true, \"version\": 1}"})
  void aMalformedFileDeclaresNothing(String json) throws IOException {
    Path f = Files.writeString(home.resolve("broken.json"), json);
    assertFalse(declaresReadOnly(Map.of("AWS_MCP_POLICY_FILE", f.toString())), json);
  }

  @Test
  void aConfiguredFileThatDoesNotExistDeclaresNothing() {
    assertFalse(declaresReadOnly(Map.of("AWS_MCP_POLICY_FILE", home.resolve("nope.json").toString())));
  }

  @Test
  void aConfiguredFileThatDoesNotExistStopsStartUp() {
    assertThrows(PolicyConfigurationException.class, () -> engine(Map.of("AWS_MCP_POLICY_FILE", home.resolve("nope.json").toString())));
  }

  @Test
  void changesApplyWithoutRestartAndABrokenEditRefusesEverything() throws IOException {
    Path f = referenceFile("{\"policy\":{\"denyList\":[]}}");
    AwsMcp e = engine(Map.of());
    e.call("aws iam list-users");
    assertEquals(1, recorder.requests());
    Files.writeString(f, "{\"policy\":{\"denyList\":[\"aws iam list-*\"]}}");
    afterRecheck();
    assertTrue(refused(e.call("aws iam list-users"), ErrorCode.POLICY_DENIED));
    Files.writeString(f, "{\"policy\":{\"denyList\":[\"aws iam list-*\"]");
    afterRecheck();
    CallResult broken = e.call("aws ec2 describe-instances");
    assertTrue(refused(broken, ErrorCode.POLICY_DENIED));
    assertTrue(broken.errors().get(0).message().contains("until the file is fixed"), broken.errors().get(0).message());
    Files.writeString(f, "{\"policy\":{\"denyList\":[\"aws iam list-users\", \"aws sqs *\"]}}");
    afterRecheck();
    e.call("aws ec2 describe-instances");
    assertEquals(2, recorder.requests());
    Files.delete(f);
    afterRecheck();
    e.call("aws iam list-users");
    assertEquals(3, recorder.requests(), "the reference file is optional: removing it removes its rules");
    assertFalse(Files.exists(f));
  }

  // The engine looks at its policy files again at most every PolicyFile.RECHECK_NANOS.
  private static void afterRecheck() {
    try {
      Thread.sleep(PolicyFile.RECHECK_NANOS / 1_000_000 + 50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
