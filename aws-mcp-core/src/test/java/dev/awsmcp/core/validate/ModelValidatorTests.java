package dev.awsmcp.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.ValidationReport;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.command.RegionSource;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.model.ModelException;
import dev.awsmcp.core.model.ModelSource;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Validator behaviour that golden cases cannot express: limits, kinds, threads, speed. */
class ModelValidatorTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ModelValidator VALIDATOR = new ModelValidator(BotocoreCatalog.get());

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static ParsedCommand describeInstances(String params) {
    return BotocoreCatalog.command("ec2", "DescribeInstances", "ec2 describe-instances", json(params));
  }

  @Test
  void aDocumentNestedTooDeeplyIsReportedOnce() {
    ObjectNode params = json("{\"modelId\": \"m\"}");
    ArrayNode deepest = params.putArray("additionalModelRequestFields").addArray();
    for (int i = 0; i < 150; i++) {
      deepest = deepest.addArray();
    }
    ValidationReport report = VALIDATOR.validate(
        BotocoreCatalog.command("bedrock-runtime", "Converse", "bedrock-runtime converse", params));
    assertEquals(1, report.errors().size(), report::toString);
    CommandError e = report.errors().get(0);
    assertEquals(ErrorCode.INPUT_TOO_LARGE, e.code());
    assertEquals(Optional.of("--additional-model-request-fields"), e.parameter());
    assertTrue(e.message().contains("deeper than " + InputChecker.MAX_DEPTH), e.message());
  }

  @Test
  void aDocumentWithinTheDepthLimitPasses() {
    ObjectNode params = json("{\"modelId\": \"m\"}");
    ArrayNode deepest = params.putArray("additionalModelRequestFields");
    for (int i = 0; i < InputChecker.MAX_DEPTH - 2; i++) {
      deepest = deepest.addArray();
    }
    assertTrue(VALIDATOR.validate(
        BotocoreCatalog.command("bedrock-runtime", "Converse", "bedrock-runtime converse", params)).isValid());
  }

  @Test
  void findingsStopAtTheLimit() {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    ArrayNode ids = params.putArray("InstanceIds");
    for (int i = 0; i < 500; i++) {
      ids.add(i);
    }
    ValidationReport report = VALIDATOR.validate(
        BotocoreCatalog.command("ec2", "DescribeInstances", "ec2 describe-instances", params));
    assertEquals(InputChecker.MAX_ERRORS, report.errors().size());
    assertEquals(Optional.of("--instance-ids[0]"), report.errors().get(0).parameter());
  }

  @Test
  void onlyOperationsAreValidated() {
    for (CommandKind kind : List.of(CommandKind.HELP, CommandKind.CUSTOM)) {
      ParsedCommand command = ParsedCommand.builder()
          .commandLine("aws s3 ls").kind(kind).cliService("s3").service("s3").cliOperation("ls").operation("ls")
          .region("us-east-1", RegionSource.DEFAULT).params(json("{\"paths\": \"s3://b\"}")).build();
      assertTrue(VALIDATOR.validate(command).isValid(), kind::toString);
    }
  }

  @Test
  void anUnreadableModelIsAModelError() {
    ModelSource broken = new ModelSource() {
      @Override public String kind() { return "botocore"; }
      @Override public String location() { return "nowhere"; }
      @Override public Optional<String> version() { return Optional.empty(); }
      @Override public Set<String> serviceNames() { return Set.of("ec2"); }
      @Override public ServiceModel load(String serviceName) { throw new ModelException("corrupt model"); }
    };
    ValidationReport report = new ModelValidator(new ServiceCatalog(List.of(broken)))
        .validate(describeInstances("{}"));
    assertEquals(ErrorCode.MODEL_ERROR, report.errors().get(0).code());
    assertTrue(report.errors().get(0).message().contains("corrupt model"));
  }

  @Test
  void validatesConcurrentlyWithTheSameResults() throws Exception {
    List<ParsedCommand> commands = List.of(
        describeInstances("{\"Filters\": [{\"Nme\": \"x\"}], \"MaxResults\": \"ten\"}"),
        BotocoreCatalog.command("s3control", "ListAccessGrants", "s3control list-access-grants",
            json("{\"AccountId\": \"test_account\"}")),
        BotocoreCatalog.command("cloud9", "DescribeEnvironmentStatus", "cloud9 describe-environment-status", json("{}")));
    ModelValidator fresh = new ModelValidator(BotocoreCatalog.get());
    List<ValidationReport> expected = new ArrayList<>();
    for (ParsedCommand c : commands) {
      expected.add(VALIDATOR.validate(c));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ValidationReport>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<ValidationReport> got = new ArrayList<>();
          for (ParsedCommand c : commands) {
            got.add(fresh.validate(c));
          }
          return got;
        }));
      }
      for (Future<List<ValidationReport>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTypicalCommandTakesMicroseconds() {
    ParsedCommand command = describeInstances(
        "{\"Filters\": [{\"Name\": \"tag:Name\", \"Values\": [\"web\", \"db\"]},"
            + " {\"Name\": \"instance-state-name\", \"Values\": [\"running\"]}],"
            + " \"InstanceIds\": [\"i-0123456789abcdef0\"], \"MaxResults\": 50, \"DryRun\": false}");
    ParsedCommand patterned = BotocoreCatalog.command("s3control", "ListAccessGrants",
        "s3control list-access-grants", json("{\"AccountId\": \"123456789012\", \"MaxResults\": 10}"));
    for (int i = 0; i < 20_000; i++) {
      VALIDATOR.validate(command);
      VALIDATOR.validate(patterned);
    }
    int runs = 50_000;
    long start = cpuNanos();
    for (int i = 0; i < runs; i++) {
      assertTrue(VALIDATOR.validate(command).isValid());
    }
    long mid = cpuNanos();
    for (int i = 0; i < runs; i++) {
      assertTrue(VALIDATOR.validate(patterned).isValid());
    }
    long end = cpuNanos();
    double filters = (mid - start) / (double) runs / 1000;
    double pattern = (end - mid) / (double) runs / 1000;
    System.out.printf("ModelValidator (CPU time): ec2 describe-instances %.2f µs, s3control list-access-grants %.2f µs%n",
        filters, pattern);
    assertTrue(filters < 200 && pattern < 200, "validation took " + filters + " / " + pattern + " µs");
  }

  /** CPU time of this thread, so that a busy build machine does not skew the measurement. */
  static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
