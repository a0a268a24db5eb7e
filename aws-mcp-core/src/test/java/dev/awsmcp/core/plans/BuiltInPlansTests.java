package dev.awsmcp.core.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built-in plans are real: each parses, and every {@code aws} command in them (in code blocks
 * and inline code) parses and validates against the AWS models once its placeholders hold sample
 * values, so a misspelt operation or option fails the build.
 */
class BuiltInPlansTests {
  private static final Pattern INLINE = Pattern.compile("`(aws [^`]+)`");
  private static final Pattern PLACEHOLDER = Pattern.compile("<([a-z0-9_]+)>");

  // A value of the right shape for every placeholder the plans use; a new placeholder must be added here.
  private static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("region", "eu-west-1"), Map.entry("function_name", "orders-handler"), Map.entry("bucket", "example-bucket"),
      Map.entry("user_name", "alice"), Map.entry("start_time", "2026-01-01T00:00:00Z"), Map.entry("end_time", "2026-01-02T00:00:00Z"),
      Map.entry("start_time_ms", "1767225600000"), Map.entry("start_date", "2026-01-01"), Map.entry("end_date", "2026-02-01"),
      Map.entry("role_name", "app-role"), Map.entry("group_id", "sg-0123456789abcdef0"),
      Map.entry("security_group_id", "sg-0123456789abcdef0"), Map.entry("rule_id", "sgr-0123456789abcdef0"),
      Map.entry("volume_id", "vol-0123456789abcdef0"), Map.entry("snapshot_id", "snap-0123456789abcdef0"),
      Map.entry("account_id", "123456789012"), Map.entry("access_key_id", "AKIAIOSFODNN7EXAMPLE"),
      Map.entry("queue_url", "https://sqs.eu-west-1.amazonaws.com/123456789012/orders"),
      Map.entry("policy_arn", "arn:aws:iam::123456789012:policy/app"), Map.entry("vpc_id", "vpc-0123456789abcdef0"),
      Map.entry("version_id", "v3"), Map.entry("timeout_seconds", "60"), Map.entry("memory_mb", "1024"),
      Map.entry("target_group_arn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"),
      Map.entry("load_balancer_arn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123456789abcdef"),
      Map.entry("subnet_id", "subnet-0123456789abcdef0"), Map.entry("resource_arn", "arn:aws:s3:::example-bucket/report.csv"),
      Map.entry("request_id", "c0ffee00-1234-4321-abcd-0123456789ab"),
      Map.entry("principal_arn", "arn:aws:iam::123456789012:role/app-role"), Map.entry("action", "s3:GetObject"),
      Map.entry("policy_name", "inline-access"), Map.entry("policy_id", "p-examplepolicyid"),
      Map.entry("nat_gateway_id", "nat-0123456789abcdef0"), Map.entry("key_id", "1234abcd-12ab-34cd-56ef-1234567890ab"),
      Map.entry("event_name", "GetObject"), Map.entry("encoded_message", "EncodedMessageExample"),
      Map.entry("cidr", "203.0.113.0/24"), Map.entry("availability_zone", "eu-west-1a"),
      Map.entry("analyzer_arn", "arn:aws:access-analyzer:eu-west-1:123456789012:analyzer/account"),
      Map.entry("allocation_id", "eipalloc-0123456789abcdef0"), Map.entry("cluster", "web"), Map.entry("service", "api"),
      Map.entry("task_arn", "arn:aws:ecs:eu-west-1:123456789012:task/web/0123456789abcdef0123456789abcdef"));

  /** The {@code aws} command lines of a plan's steps: lines of fenced code blocks, and inline code outside them. */
  static List<String> commands(String steps) {
    List<String> out = new ArrayList<>();
    boolean fenced = false;
    for (String line : steps.lines().toList()) {
      String l = line.strip();
      if (l.startsWith("```")) {
        fenced = !fenced;
      } else if (fenced) {
        if (l.startsWith("aws ")) {
          out.add(l);
        }
      } else {
        Matcher m = INLINE.matcher(l);
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  /** What is wrong with the commands of a plan: unknown placeholders, commands the engine refuses. */
  static List<String> problems(AwsMcp engine, ExecutionPlan plan) {
    List<String> problems = new ArrayList<>();
    for (String command : commands(plan.steps())) {
      Matcher m = PLACEHOLDER.matcher(command);
      StringBuilder sample = new StringBuilder();
      while (m.find()) {
        String value = SAMPLES.get(m.group(1));
        if (value == null) {
          problems.add(plan.name() + ": no sample value for <" + m.group(1) + "> in: " + command);
          value = m.group();
        }
        m.appendReplacement(sample, Matcher.quoteReplacement(value));
      }
      m.appendTail(sample);
      ParseResult r = engine.parseAndValidate(sample.toString());
      if (!r.isSuccess()) {
        problems.add(plan.name() + ": " + sample + " -> " + r.errors());
      }
    }
    return problems;
  }

  @Test
  void thereAreAtLeastSixBuiltInPlansAndEachOneParses() {
    List<ExecutionPlan> plans = BuiltInPlans.all();
    assertTrue(plans.size() >= 6, plans.toString());
    assertEquals(BuiltInPlans.NAMES, plans.stream().map(ExecutionPlan::name).toList());
    for (ExecutionPlan p : plans) {
      assertTrue(p.isBuiltIn());
      assertFalse(commands(p.steps()).isEmpty(), p.name() + " has no aws command");
    }
  }

  @Test
  void everyCommandOfEveryBuiltInPlanIsARealAwsCliCommand() {
    AwsMcp engine = TestEngines.botocore();
    List<String> problems = new ArrayList<>();
    int commands = 0;
    for (ExecutionPlan p : BuiltInPlans.all()) {
      problems.addAll(problems(engine, p));
      commands += commands(p.steps()).size();
    }
    assertTrue(commands >= 60, "only " + commands + " commands found: is the extraction broken?");
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void aMisspeltCommandOrAnUnknownPlaceholderIsCaught() throws Exception {
    ExecutionPlan bad = PlanFormat.parse("bad", """
        ---
        description: d
        ---
        ```
        aws ec2 describe-volumez --region <region>
        aws ec2 describe-volumes --encrypted-only
        ```
        Then `aws lambda get-function-configuration --function-name <no_such_sample>`.
        """, Optional.empty());
    List<String> problems = problems(TestEngines.botocore(), bad);
    assertEquals(3, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).contains("describe-volumez"), problems.get(0));
    assertTrue(problems.get(1).contains("--encrypted-only"), problems.get(1));
    assertTrue(problems.get(2).contains("no sample value for <no_such_sample>"), problems.get(2));
  }

  @Test
  void everyDeclaredParameterIsUsedInTheSteps() {
    for (ExecutionPlan p : BuiltInPlans.all()) {
      for (PlanParameter param : p.parameters()) {
        assertTrue(p.steps().contains("<" + param.name() + ">"), p.name() + " never uses <" + param.name() + ">");
      }
    }
  }

  @Test
  void theExampleInTheDocumentationIsAValidPlan() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "execution-plans.md"));
    Matcher m = Pattern.compile("````markdown\n(.*?)````", Pattern.DOTALL).matcher(doc);
    assertTrue(m.find(), "docs/execution-plans.md has no example plan");
    ExecutionPlan example = PlanFormat.parse("ecs-service-not-starting", m.group(1), Optional.empty());
    assertEquals(2, example.parameters().size());
    assertEquals(3, commands(example.steps()).size());
    assertEquals(List.of(), problems(TestEngines.botocore(), example));
  }

  @Test
  void theIndexNamesEveryPlanResource() throws Exception {
    try (var files = Files.list(Path.of("src", "main", "resources", "dev", "awsmcp", "core", "plans"))) {
      List<String> resources = files.map(f -> f.getFileName().toString()).sorted().toList();
      assertEquals(BuiltInPlans.NAMES.stream().map(n -> n + ".md").sorted().toList(), resources);
    }
  }
}
