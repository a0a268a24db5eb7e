package dev.awsmcp.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.testing.S3ProxyServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole engine (endpoint rules choosing path style on a loopback endpoint, the restXml
 * codec, SigV4 with S3's settings) against S3Proxy, which checks every signature strictly.
 */
class S3ProxyEndToEndTests {
  private static final String IDENTITY = "AKIAENGINETEST";
  private static final String SECRET = "engine/test+secret=value";
  private static S3ProxyServer proxy;
  private static AwsMcp engine;
  private static AwsMcp wrongSecret;
  @TempDir static Path workdir;

  @BeforeAll
  static void start() throws Exception {
    proxy = S3ProxyServer.start(IDENTITY, SECRET);
    engine = engine(SECRET);
    wrongSecret = engine("not-the-secret");
    CallResult created = engine.call("aws s3api create-bucket --bucket engine-tests");
    assertTrue(created.ok(), () -> created.errors().toString());
  }

  private static AwsMcp engine(String secret) {
    return AwsMcp.builder()
        .modelPath(TestEngines.botocoreData())
        .modelClassLoader(null)
        .searchInstalledModels(false)
        .environment(Map.of("AWS_ACCESS_KEY_ID", IDENTITY, "AWS_SECRET_ACCESS_KEY", secret,
            "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", proxy.endpoint().toString(),
            "AWS_CONFIG_FILE", "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"))
        .workingDirectory(workdir)
        .build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain.txt", "with space.txt", "a+b=c.txt", "amp&percent%tilde~.txt",
      "deep/nested/key.txt", "ünïcødé/日本語.txt", "emoji 😀.txt"})
  void objectsWithAwkwardKeysArePutListedAndReadBack(String key) throws Exception {
    Path body = workdir.resolve("body.txt");
    Files.writeString(body, "body of " + key, StandardCharsets.UTF_8);
    String quoted = "'" + key + "'";
    CallResult put = engine.call("aws s3api put-object --bucket engine-tests --key " + quoted + " --body " + body
        + " --metadata origin=test --content-type text/plain");
    assertTrue(put.ok(), () -> put.errors().toString());

    CallResult head = engine.call("aws s3api head-object --bucket engine-tests --key " + quoted);
    assertTrue(head.ok(), () -> head.errors().toString());
    assertEquals("test", head.response().orElseThrow().path("Metadata").path("origin").asText());

    CallResult got = engine.call("aws s3api get-object --bucket engine-tests --key " + quoted + " -");
    assertTrue(got.ok(), () -> got.errors().toString());
    assertEquals("body of " + key, got.response().orElseThrow().path("Body").asText());

    CallResult listed = engine.call("aws s3api list-objects-v2 --bucket engine-tests --prefix " + quoted);
    assertTrue(listed.ok(), () -> listed.errors().toString());
    assertEquals(key, listed.response().orElseThrow().path("Contents").path(0).path("Key").asText());
  }

  @Test
  void listingPagesThroughContinuationTokens() {
    for (int i = 0; i < 5; i++) {
      assertTrue(engine.call("aws s3api put-object --bucket engine-tests --key page/" + i).ok());
    }
    CallResult all = engine.call("aws s3api list-objects-v2 --bucket engine-tests --prefix page/ --page-size 2");
    assertTrue(all.ok(), () -> all.errors().toString());
    List<String> keys = new ArrayList<>();
    all.response().orElseThrow().path("Contents").forEach((JsonNode c) -> keys.add(c.path("Key").asText()));
    assertEquals(List.of("page/0", "page/1", "page/2", "page/3", "page/4"), keys);
    assertEquals(3, all.metadata().orElseThrow().pages());
  }

  @Test
  void aWrongSecretIsRefusedByTheVerifier() {
    CallResult r = wrongSecret.call("aws s3api list-objects-v2 --bucket engine-tests");
    assertEquals(403, r.serviceError().orElseThrow().httpStatus());
    assertEquals("SignatureDoesNotMatch", r.serviceError().orElseThrow().code());
  }
}
