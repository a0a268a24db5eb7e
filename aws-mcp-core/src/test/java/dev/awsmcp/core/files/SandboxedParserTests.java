package dev.awsmcp.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.error.ErrorKind;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way a command line names a local file to read, through the real parser of an engine
 * whose default resolver is the sandbox: refused outside the working directory as a
 * {@code FILE_ERROR}, accepted for the same content inside. {@code SECRET} and {@code WORK}
 * stand for the fixture's paths.
 */
class SandboxedParserTests {
  @TempDir Path temp;
  SandboxFixture fx;

  @BeforeEach
  void files() throws Exception {
    fx = new SandboxFixture(temp);
    Files.writeString(fx.work.resolve("input.json"), "{\"Bucket\": \"b\"}");
    Files.writeString(fx.outside.resolve("input.json"), "{\"Bucket\": \"b\"}");
  }

  private AwsMcp engine(FileAccess access) {
    Map<String, String> env = new HashMap<>(fx.environment());
    env.put("AWS_CONFIG_FILE", "/nonexistent");
    AwsMcp.Builder b = AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null)
        .searchInstalledModels(false).environment(env).workingDirectory(fx.work);
    return (access == null ? b : b.fileAccess(access)).build();
  }

  private ParseResult parse(AwsMcp engine, String line) {
    return engine.parseAndValidate(line.replace("SECRET", fx.secret.toString()).replace("WORK", fx.work.toString())
        .replace("OUTSIDE", fx.outside.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "aws logs create-log-group --log-group-name file:///etc/hosts",
      "aws logs create-log-group --log-group-name file://SECRET",
      "aws logs create-log-group --log-group-name file://../outside/secret.txt",
      "aws logs create-log-group --log-group-name file://~/secret.txt",
      "aws logs create-log-group --log-group-name 'file://$HOME/secret.txt'",
      "aws logs create-log-group --log-group-name file://link-to-secret",
      "aws kms encrypt --key-id k --plaintext fileb://SECRET",
      "aws s3api list-objects-v2 --cli-input-json file://OUTSIDE/input.json",
      "aws s3api put-object --bucket b --key k --body /etc/passwd",
      "aws s3api put-object --bucket b --key k --body ../outside/secret.txt",
      "aws s3api put-object --bucket b --key k --body -",
      "aws sqs send-message --queue-url https://q --message-body m"
          + " --message-attributes 'a={DataType=String,StringValue@=file://SECRET}'"})
  void aFileOutsideTheWorkingDirectoryIsAFileErrorWhereverTheCommandNamesIt(String line) {
    ParseResult r = parse(engine(null), line);
    assertFalse(r.isSuccess(), () -> "accepted: " + r.command().params());
    CommandError e = r.errors().get(0);
    assertEquals(ErrorCode.FILE_ERROR, e.code(), e::toString);
    assertFalse(e.toString().contains(SandboxFixture.SECRET));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "aws logs create-log-group --log-group-name file://inside.txt",
      "aws logs create-log-group --log-group-name file://WORK/inside.txt",
      "aws kms encrypt --key-id k --plaintext fileb://sub/nested.txt",
      "aws s3api list-objects-v2 --cli-input-json file://input.json",
      "aws s3api put-object --bucket b --key k --body inside.txt",
      "aws sqs send-message --queue-url https://q --message-body m"
          + " --message-attributes 'a={DataType=String,StringValue@=file://inside.txt}'"})
  void theSameKindsOfFileInsideTheWorkingDirectoryAreRead(String line) {
    ParseResult r = parse(engine(null), line);
    assertTrue(r.isSuccess(), () -> r.errors().toString());
    assertTrue(r.command().params().toString().contains(SandboxFixture.INSIDE.substring(0, 6))
        || r.command().params().toString().contains("aW5zaWRl") || r.command().params().path("Bucket").asText().equals("b"),
        () -> r.command().params().toString());
  }

  @Test
  void aCopyOfEtcHostsInTheWorkingDirectoryIsAcceptedWhereTheOriginalIsRefused() throws Exception {
    Files.copy(Path.of("/etc/hosts"), fx.work.resolve("hosts"));
    AwsMcp engine = engine(null);
    assertEquals(ErrorCode.FILE_ERROR,
        parse(engine, "aws logs create-log-group --log-group-name file:///etc/hosts").errors().get(0).code());
    ParseResult copy = parse(engine, "aws logs create-log-group --log-group-name file://hosts");
    assertTrue(copy.isSuccess(), () -> copy.errors().toString());
    assertEquals(Files.readString(fx.work.resolve("hosts")), copy.command().params().path("logGroupName").asText());
  }

  @Test
  void aFileErrorIsAValidationKindErrorNamingTheModeAndTheWayOut() {
    CommandError e = parse(engine(null), "aws logs create-log-group --log-group-name file:///etc/hosts").errors().get(0);
    assertEquals(ErrorKind.VALIDATION, e.code().defaultKind());
    assertTrue(e.message().contains(FileAccess.ENVIRONMENT_VARIABLE + "=unrestricted"), e.message());
  }

  @Test
  void unrestrictedModeReadsOutsideAndNoAccessModeReadsNothing() {
    String line = "aws logs create-log-group --log-group-name file://SECRET";
    assertEquals(SandboxFixture.SECRET,
        parse(engine(FileAccess.UNRESTRICTED), line).command().params().path("logGroupName").asText());
    ParseResult none = parse(engine(FileAccess.NO_ACCESS), "aws logs create-log-group --log-group-name file://inside.txt");
    assertTrue(none.errors().get(0).message().contains("no-access"), none.errors().toString());
  }

  @Test
  void theModeComesFromTheEnvironmentAndAnUnknownValueFailsTheBuild() {
    Map<String, String> env = new HashMap<>(fx.environment());
    env.put(FileAccess.ENVIRONMENT_VARIABLE, "no-access");
    AwsMcp noAccess = AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null)
        .searchInstalledModels(false).environment(env).workingDirectory(fx.work).build();
    assertFalse(parse(noAccess, "aws logs create-log-group --log-group-name file://inside.txt").isSuccess());
    env.put(FileAccess.ENVIRONMENT_VARIABLE, "sometimes");
    AwsMcp.Builder bad = AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null)
        .searchInstalledModels(false).environment(env).workingDirectory(fx.work);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, bad::build);
    assertTrue(e.getMessage().contains(FileAccess.ENVIRONMENT_VARIABLE));
  }
}
