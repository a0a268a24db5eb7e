package dev.awsmcp.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.api.audit.AuditEvent;
import dev.awsmcp.api.policy.PolicyDecision;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesAuditSinkTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  static AuditEvent call(String id) {
    return AuditEvent.builder(AuditEvent.Kind.CALL, id, Instant.parse("2025-01-02T03:04:05.678Z"),
            "aws ssm put-parameter --name p --value ****\nsecond line")
        .service("ssm").operation("put-parameter").decision(PolicyDecision.Outcome.ALLOW).rule("safety-policy")
        .profile("dev").region("eu-west-1").duration(Duration.ofMillis(42)).outcome("SERVICE_ERROR")
        .serviceErrorCode("AccessDenied").requestId("req-1").httpStatus(403).build();
  }

  private static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void writesOneCompactJsonObjectPerEventWithEveryField() throws Exception {
    Path file = dir.resolve("logs/audit.jsonl");
    try (JsonLinesAuditSink sink = JsonLinesAuditSink.create(file)) {
      sink.record(call("c1"));
      sink.record(call("c2"));
    }
    List<JsonNode> lines = lines(file);
    assertEquals(2, lines.size());
    assertEquals("{\"time\":\"2025-01-02T03:04:05.678Z\",\"kind\":\"call\",\"callId\":\"c1\","
        + "\"command\":\"aws ssm put-parameter --name p --value ****\\nsecond line\",\"service\":\"ssm\","
        + "\"operation\":\"put-parameter\",\"decision\":\"ALLOW\",\"rule\":\"safety-policy\",\"profile\":\"dev\","
        + "\"region\":\"eu-west-1\",\"durationMillis\":42,\"outcome\":\"SERVICE_ERROR\","
        + "\"serviceErrorCode\":\"AccessDenied\",\"requestId\":\"req-1\",\"httpStatus\":403}",
        Files.readAllLines(file).get(0));
  }

  @Test
  void rotatesBySizeKeepingTheConfiguredNumberOfFiles() throws Exception {
    Path file = dir.resolve("audit.jsonl");
    int lineBytes = (AuditEventJson.line(call("c000")) + "\n").length();
    try (JsonLinesAuditSink sink = JsonLinesAuditSink.builder(file).maxFileBytes(3L * lineBytes).maxFiles(3).build()) {
      for (int i = 0; i < 20; i++) {
        sink.record(call(String.format("c%03d", i)));
      }
    }
    // 20 lines, 3 per file: the live file has the last 2, .1 and .2 three each, older ones are gone.
    assertEquals(List.of("c018", "c019"), ids(file));
    assertEquals(List.of("c015", "c016", "c017"), ids(dir.resolve("audit.jsonl.1")));
    assertEquals(List.of("c012", "c013", "c014"), ids(dir.resolve("audit.jsonl.2")));
    assertFalse(Files.exists(dir.resolve("audit.jsonl.3")));
  }

  private static List<String> ids(Path file) throws Exception {
    List<String> ids = new ArrayList<>();
    lines(file).forEach(n -> ids.add(n.path("callId").asText()));
    return ids;
  }

  @Test
  void createsTheFileReadableByItsOwnerOnly() throws Exception {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink sink = JsonLinesAuditSink.builder(file).maxFileBytes(10).maxFiles(2).build()) {
      sink.record(call("c1"));
      sink.record(call("c2")); // rotated: the new file too
    }
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("audit.jsonl.1"))));
  }

  @Test
  void concurrentWritersNeverInterleaveLines() throws Exception {
    Path file = dir.resolve("audit.jsonl");
    int threads = 8;
    int perThread = 400;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (JsonLinesAuditSink sink = JsonLinesAuditSink.builder(file).maxFileBytes(64 * 1024).maxFiles(100).build()) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            sink.record(call(thread + "-" + i));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    Set<String> seen = new HashSet<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        lines(p).forEach(n -> assertTrue(seen.add(n.path("callId").asText()), "twice: " + n));
      }
    }
    assertEquals(threads * perThread, seen.size());
  }

  @Test
  void aFileThatCannotBeWrittenIsReportedOnceAndNeverThrows() throws Exception {
    Path notAFile = Files.createDirectory(dir.resolve("audit.jsonl"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (JsonLinesAuditSink sink = JsonLinesAuditSink.builder(notAFile)
        .errorStream(new PrintStream(err, true, StandardCharsets.UTF_8)).build()) {
      sink.record(call("c1"));
      sink.record(call("c2"));
    }
    String report = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, report.lines().count(), report);
    assertTrue(report.contains("cannot write the audit file"), report);
    assertFalse(report.contains("put-parameter"), "the report carries no event: " + report);
  }
}
