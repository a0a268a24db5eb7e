package dev.awsmcp.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.policy.SensitiveReads;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output files through the whole engine against a loopback server standing in for S3: a
 * refused outfile never reaches the server; an allowed one is written through a part file.
 */
class SandboxedOutfileTests {
  private static final String BODY = "downloaded bytes";

  @TempDir Path temp;
  SandboxFixture fx;
  HttpServer server;
  final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    fx = new SandboxFixture(temp);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private AwsMcp engine(FileAccess access) {
    Map<String, String> env = new HashMap<>(fx.environment());
    env.putAll(Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "secret", "AWS_REGION", "us-east-1",
        "AWS_ENDPOINT_URL", "http://127.0.0.1:" + server.getAddress().getPort(),
        "AWS_CONFIG_FILE", "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"));
    return AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null).searchInstalledModels(false)
        .environment(env).workingDirectory(fx.work).fileAccess(access)
        // ec2 get-password-data is a sensitive read; these tests are about its file argument.
        .sensitiveReads(SensitiveReads.ALLOW).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../x", "../outside/new.txt", "OUTSIDE/new.txt", "~/new.txt", "$HOME/new.txt",
      "link-to-outside/new.txt", "link-to-secret", "folder", "."})
  void anOutfileOutsideTheWorkingDirectoryIsRefusedBeforeAnyRequest(String outfile) {
    String name = outfile.replace("OUTSIDE", fx.outside.toString());
    CallResult r = engine(FileAccess.WORKDIR).call("aws s3api get-object --bucket b --key k '" + name + "'");
    assertEquals(ErrorCode.OUTFILE_ERROR, r.error().orElseThrow().code(), r::toString);
    assertEquals(0, requests.get());
    assertEquals(SandboxFixture.SECRET, readSecret());
    assertFalse(Files.exists(fx.outside.resolve("new.txt")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"got.txt", "new/folder/got.txt", "sub/../got.txt"})
  void anOutfileInsideIsWrittenWithNoPartFileLeft(String outfile) throws Exception {
    CallResult r = engine(FileAccess.WORKDIR).call("aws s3api get-object --bucket b --key k " + outfile);
    assertTrue(r.error().isEmpty(), r::toString);
    Path written = fx.work.resolve(outfile).normalize();
    assertEquals(BODY, Files.readString(written));
    assertEquals(written.toRealPath().toString(), r.outfile().orElseThrow());
    try (var listing = Files.list(written.getParent())) {
      assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
    }
  }

  @Test
  void noAccessModeAllowsOnlyTheAnswerItselfAndUnrestrictedWritesAnywhere() throws Exception {
    CallResult refused = engine(FileAccess.NO_ACCESS).call("aws s3api get-object --bucket b --key k got.txt");
    assertEquals(ErrorCode.OUTFILE_ERROR, refused.error().orElseThrow().code());
    assertTrue(refused.error().orElseThrow().message().contains("no-access"));
    CallResult inline = engine(FileAccess.NO_ACCESS).call("aws s3api get-object --bucket b --key k -");
    assertTrue(inline.error().isEmpty(), inline::toString);
    CallResult outside = engine(FileAccess.UNRESTRICTED).call("aws s3api get-object --bucket b --key k ~/new.txt");
    assertTrue(outside.error().isEmpty(), outside::toString);
    assertEquals(BODY, Files.readString(fx.outside.resolve("new.txt")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "aws iot create-keys-and-certificate --certificate-pem-outfile ../c.pem",
      "aws iot create-keys-and-certificate --private-key-outfile ~/key.pem",
      "aws iam create-virtual-mfa-device --virtual-mfa-device-name d --outfile /etc/x.png --bootstrap-method QRCodePNG",
      "aws ec2 get-password-data --instance-id i-1 --priv-launch-key ~/secret.txt"})
  void localFileArgumentsOfCustomizationsGoThroughTheSameSandbox(String line) {
    CallResult r = engine(FileAccess.WORKDIR).call(line);
    ErrorCode code = r.error().orElseThrow().code();
    assertTrue(code == ErrorCode.OUTFILE_ERROR || code == ErrorCode.FILE_ERROR, r::toString);
    assertTrue(r.error().orElseThrow().message().contains("outside the working directory"), r::toString);
    assertEquals(0, requests.get());
  }

  private String readSecret() {
    try {
      return Files.readString(fx.secret);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
