package dev.awsmcp.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.AuditSink;
import dev.awsmcp.api.audit.AuditEvent;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.policy.PolicyDecision;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the engine records for refusals, denials and calls; no AWS peer needed. */
class AuditTrailTests {
  @TempDir Path dir;

  // Calls go to a closed loopback port: they end with a connection error, quickly.
  private static AwsMcp.Builder engine(Map<String, String> extraEnv) {
    Map<String, String> env = new java.util.HashMap<>(Map.of(
        "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing", "AWS_REGION", "eu-west-1",
        "AWS_ENDPOINT_URL", "http://127.0.0.1:9", "AWS_CONFIG_FILE", "/nonexistent",
        "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent", "AWS_MCP_ALLOWED_PROFILES", "agent,other"));
    env.putAll(extraEnv);
    return AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null)
        .searchInstalledModels(false).environment(env).maxAttempts(1).profile("agent");
  }

  @Test
  void aCommandThatDoesNotParseIsADenialByValidationWithItsSecretsMasked() {
    RecordingSink sink = new RecordingSink();
    CallResult r = engine(Map.of()).auditSink(sink).build()
        .call("aws secretsmanager create-secret --name s --secret-string hunter2 --no-such-option 1");
    assertFalse(r.ok());
    AuditEvent e = sink.events().get(0);
    assertEquals(1, sink.events().size());
    assertEquals(AuditEvent.Kind.DECISION, e.kind());
    assertEquals(PolicyDecision.Outcome.DENY, e.decision());
    assertEquals("validation", e.rule().orElseThrow());
    assertEquals(r.error().orElseThrow().code().name(), e.outcome().orElseThrow());
    assertEquals("aws secretsmanager create-secret --name s --secret-string **** --no-such-option 1", e.command());
  }

  @Test
  void aDeniedCommandIsOneDecisionAndNoCall() {
    RecordingSink sink = new RecordingSink();
    CallResult r = engine(Map.of()).readOnly(true).auditSink(sink).build()
        .call("aws iam create-login-profile --user-name u --password Secret-123");
    assertEquals(ErrorCode.POLICY_DENIED, r.error().orElseThrow().code());
    assertEquals(1, sink.events().size());
    AuditEvent e = sink.events().get(0);
    assertEquals(PolicyDecision.Outcome.DENY, e.decision());
    assertEquals("iam", e.service().orElseThrow());
    assertEquals("create-login-profile", e.operation().orElseThrow());
    assertEquals("aws iam create-login-profile --user-name u --password ****", e.command());
    assertTrue(e.reason().orElseThrow().contains("read-only"), e.reason().toString());
    assertEquals("agent", e.profile().orElseThrow());
    assertEquals("eu-west-1", e.region().orElseThrow());
  }

  @Test
  void anAllowedCommandIsADecisionThenACallSharingOneId() {
    RecordingSink sink = new RecordingSink();
    CallResult r = engine(Map.of()).auditSink(sink).build()
        .call("aws ssm put-parameter --name p --type SecureString --value Secret-456 --profile other");
    assertEquals(2, sink.events().size(), sink.events().toString());
    AuditEvent decision = sink.events().get(0);
    AuditEvent call = sink.events().get(1);
    assertEquals(AuditEvent.Kind.DECISION, decision.kind());
    assertEquals(AuditEvent.Kind.CALL, call.kind());
    assertEquals(decision.callId(), call.callId());
    assertEquals(PolicyDecision.Outcome.ALLOW, call.decision());
    assertEquals(r.error().map(err -> err.code().name()).orElse("ok"), call.outcome().orElseThrow());
    assertTrue(call.duration().isPresent());
    assertEquals("other", call.profile().orElseThrow());
    assertEquals("aws ssm put-parameter --name p --type SecureString --value **** --profile other", call.command());
  }

  @Test
  void aThrowingSinkBreaksNeitherTheCallNorTheOtherSinks() {
    RecordingSink after = new RecordingSink();
    AuditSink throwing = event -> {
      throw new IllegalStateException("sink down");
    };
    AwsMcp engine = engine(Map.of()).auditSink(throwing).auditSink(after).build();
    CallResult refused = engine.call("aws sts no-such-operation");
    CallResult called = engine.call("aws sts get-caller-identity");
    assertEquals(ErrorCode.UNKNOWN_OPERATION, refused.error().orElseThrow().code());
    assertTrue(called.error().isEmpty() || called.error().get().code() != ErrorCode.INTERNAL_ERROR, called.toString());
    assertEquals(3, after.events().size(), after.events().toString());
  }

  @Test
  void theAuditFileComesFromTheEnvironmentWhenTheBuilderNamesNone() throws Exception {
    Path file = dir.resolve("audit.jsonl");
    engine(Map.of("AWS_MCP_AUDIT_FILE", file.toString())).build().call("aws sts no-such-operation");
    List<String> lines = Files.readAllLines(file);
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).contains("\"rule\":\"validation\""), lines.get(0));
  }

  @Test
  void anEventPrintsNeitherItsCommandNorItsReason() {
    AuditEvent e = AuditEvent.builder(AuditEvent.Kind.DECISION, "id-1", java.time.Instant.EPOCH, "aws x y --z ****")
        .decision(PolicyDecision.Outcome.DENY).rule("read-only").reason("because of --z").build();
    assertEquals("AuditEvent[DECISION id-1 ? ? DENY by read-only]", e.toString());
  }
}
