package dev.awsmcp.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.api.AuditSink;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.testing.MotoServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real calls that carry secrets, in their input and in their answers, through an engine with
 * the audit file on, against moto; then the audit file, the sinks' events and everything written
 * to standard output, standard error and the JDK logger are searched for every secret.
 */
class AuditSecretScanTests {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  @TempDir Path dir;

  private final List<String> secrets = new ArrayList<>();
  private final List<String> events = new ArrayList<>();

  private String secret(String kind) {
    String s = kind + "-" + UUID.randomUUID();
    secrets.add(s);
    return s;
  }

  @Test
  void noSecretReachesTheAuditOrTheLogs() throws Exception {
    MotoServer moto = MotoServer.shared();
    Path file = dir.resolve("audit/audit.jsonl");
    AuditSink collecting = e -> events.add(e.toString() + " " + AuditEventJson.line(e));
    AuditSink throwing = e -> {
      throw new IllegalStateException("broken sink " + e.command());
    };
    AwsMcp engine = AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null)
        .searchInstalledModels(false).environment(environment(moto)).workingDirectory(dir)
        .auditFile(file).auditSink(throwing).auditSink(collecting).build();
    String captured;
    try (OutputCapture capture = new OutputCapture()) {
      runCallsWithSecrets(engine);
      captured = capture.text();
    }
    String audit = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(audit.lines().count() >= 20, audit);
    for (String secret : secrets) {
      assertFalse(audit.contains(secret), () -> secret + " is in the audit file:\n" + audit);
      assertFalse(String.join("\n", events).contains(secret), () -> secret + " is in an event: " + events);
      assertFalse(captured.contains(secret), () -> secret + " was written to the output or logs:\n" + captured);
    }
  }

  private void runCallsWithSecrets(AwsMcp engine) {
    String secretString = secret("secret-string");
    ok(engine, "aws secretsmanager create-secret --name s-" + RUN + " --secret-string " + secretString);
    JsonNode value = ok(engine, "aws secretsmanager get-secret-value --secret-id s-" + RUN);
    assertEquals(secretString, value.path("SecretString").asText(), "the answer carries the secret");
    ok(engine, "aws secretsmanager put-secret-value --secret-id s-" + RUN
        + " --secret-string '{\"username\":\"u\",\"password\":\"" + secret("json-password") + "\"}'");

    ok(engine, "aws iam create-user --user-name u-" + RUN);
    ok(engine, "aws iam create-login-profile --user-name u-" + RUN + " --password \"" + secret("Password") + "\"");
    JsonNode key = ok(engine, "aws iam create-access-key --user-name u-" + RUN);
    secrets.add(key.path("AccessKey").path("SecretAccessKey").asText());

    String parameter = secret("secure-string");
    ok(engine, "aws ssm put-parameter --name /p/" + RUN + " --type SecureString --value " + parameter);
    JsonNode got = ok(engine, "aws ssm get-parameter --name /p/" + RUN + " --with-decryption");
    assertEquals(parameter, got.path("Parameter").path("Value").asText(), "the answer carries the secret");

    JsonNode session = ok(engine, "aws sts get-session-token");
    secrets.add(session.path("Credentials").path("SecretAccessKey").asText());
    secrets.add(session.path("Credentials").path("SessionToken").asText());

    String keyId = ok(engine, "aws kms create-key").path("KeyMetadata").path("KeyId").asText();
    ok(engine, "aws kms encrypt --key-id " + keyId + " --plaintext " + secret("plaintext"));
    engine.call("aws rds create-db-instance --db-instance-identifier db-" + RUN + " --db-instance-class db.t3.micro"
        + " --engine postgres --master-username admin --allocated-storage 20 --master-user-password "
        + secret("master-password"));
    engine.call("aws lambda update-function-configuration --function-name nope-" + RUN
        + " --environment 'Variables={TOKEN_VALUE=" + secret("env-value") + "}'");

    // Refused before any request: by the validator, and by the tokenizer.
    assertFalse(engine.call("aws secretsmanager create-secret --name x --secret-string " + secret("refused")
        + " --no-such-option 1").ok());
    assertFalse(engine.call("aws secretsmanager create-secret --secret-string \"" + secret("unbalanced")).ok());
    assertFalse(engine.call("aws configure set aws_secret_access_key " + secret("configure")).ok());
  }

  private static JsonNode ok(AwsMcp engine, String command) {
    CallResult r = engine.call(command);
    assertTrue(r.ok(), () -> "a call the scan needs failed: " + r.errors());
    return r.response().orElseThrow();
  }

  private static Map<String, String> environment(MotoServer moto) {
    return Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing", "AWS_REGION", "us-east-1",
        "AWS_ENDPOINT_URL", moto.endpoint().toString(), "AWS_CONFIG_FILE", "/nonexistent",
        "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent",
        // The scan reads secrets back on purpose, so sensitive reads run without asking.
        "AWS_MCP_SENSITIVE_READS", "allow");
  }
}
