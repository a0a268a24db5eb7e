package dev.awsmcp.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.testing.MotoServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same command lines through the real AWS CLI v1 and through the engine, against the same
 * moto state: the answers must agree (JSON structurally, text/table/yaml byte for byte, service
 * errors by code). Timestamps: the CLI runs with {@code cli_timestamp_format = iso8601} in UTC,
 * the engine's convention (CLI v1 would otherwise print the wire text).
 */
class DifferentialCliTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ERROR_CODE = Pattern.compile("An error occurred \\(([^)]+)\\)");
  @TempDir Path workdir;

  @Test
  void theEngineAnswersLikeTheAwsCli() throws Exception {
    Assumptions.assumeTrue(cliInstalled(), "the AWS CLI v1 (aws) is not installed");
    MotoServer moto = MotoServer.shared();
    AwsMcp engine = MotoEngine.create(moto, workdir);
    Map<String, String> vars = createState(engine);
    List<String> commands = commands(vars);

    List<JsonNode> cli = runCli(commands, MotoEngine.environment(moto));
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      String command = commands.get(i);
      CallResult ours = engine.call(command);
      String difference = compare(command, cli.get(i), ours);
      if (difference != null) {
        differences.add(command + "\n    " + difference);
      }
    }
    assertTrue(differences.isEmpty(), differences.size() + " of " + commands.size()
        + " commands differ from the AWS CLI:\n" + String.join("\n", differences));
  }

  private static String compare(String command, JsonNode cli, CallResult ours) throws IOException {
    int exit = cli.path("exitCode").asInt();
    if (exit != 0) {
      Matcher m = ERROR_CODE.matcher(cli.path("stderr").asText());
      String cliCode = m.find() ? m.group(1) : "(no code) " + cli.path("stderr").asText();
      String ourCode = ours.serviceError().map(e -> e.code()).orElse(ours.ok() ? "(success)" : ours.errors().toString());
      return cliCode.equals(ourCode) ? null : "CLI error " + cliCode + ", engine " + ourCode;
    }
    if (!ours.ok()) {
      return "CLI succeeded, engine failed: " + ours.errors();
    }
    String stdout = cli.path("stdout").asText();
    if (ours.formatted().isPresent()) {
      String formatted = ours.formatted().get();
      return strip(stdout).equals(strip(formatted)) ? null : "CLI printed\n" + stdout + "\n    engine printed\n" + formatted;
    }
    JsonNode expected = stdout.isBlank() ? null : JSON.readTree(stdout);
    JsonNode actual = ours.response().orElse(null);
    if (expected == null && (actual == null || actual.isEmpty())) {
      return null;
    }
    return JsonEquality.equal(expected, actual) ? null : "CLI " + expected + "\n    engine " + actual;
  }

  private static String strip(String s) {
    return s.replaceAll("\\s+$", "");
  }

  private static Map<String, String> createState(AwsMcp engine) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> vars = new HashMap<>();
    vars.put("RUN", run);
    ok(engine, "aws iam create-user --user-name diff-" + run);
    ok(engine, "aws iam create-group --group-name diff-a-" + run);
    ok(engine, "aws iam create-group --group-name diff-b-" + run);
    ok(engine, "aws iam create-group --group-name diff-c-" + run);
    String vpc = ok(engine, "aws ec2 create-vpc --cidr-block 10.9.0.0/16 --tag-specifications"
        + " 'ResourceType=vpc,Tags=[{Key=run,Value=" + run + "}]'").path("Vpc").path("VpcId").asText();
    ok(engine, "aws ec2 create-subnet --vpc-id " + vpc + " --cidr-block 10.9.1.0/24 --tag-specifications"
        + " 'ResourceType=subnet,Tags=[{Key=run,Value=" + run + "}]'");
    ok(engine, "aws ec2 run-instances --image-id ami-12c6146b --count 1 --instance-type t3.micro"
        + " --tag-specifications 'ResourceType=instance,Tags=[{Key=run,Value=" + run + "}]'");
    vars.put("QUEUE", ok(engine, "aws sqs create-queue --queue-name diff-" + run).path("QueueUrl").asText());
    ok(engine, "aws dynamodb create-table --table-name diff-" + run
        + " --attribute-definitions AttributeName=pk,AttributeType=S --key-schema AttributeName=pk,KeyType=HASH"
        + " --billing-mode PAY_PER_REQUEST");
    for (int i = 1; i <= 3; i++) {
      ok(engine, "aws dynamodb put-item --table-name diff-" + run
          + " --item '{\"pk\":{\"S\":\"k" + i + "\"},\"n\":{\"N\":\"" + i + ".5\"},\"tags\":{\"SS\":[\"a\",\"b\"]}}'");
    }
    ok(engine, "aws s3api create-bucket --bucket diff-" + run);
    for (String key : List.of("top.txt", "dir/a b+c=d.txt", "dir/ü.txt")) {
      ok(engine, "aws s3api put-object --bucket diff-" + run + " --key '" + key + "' --tagging k=v");
    }
    vars.put("TOPIC", ok(engine, "aws sns create-topic --name diff-" + run).path("TopicArn").asText());
    vars.put("KEY", ok(engine, "aws kms create-key --description diff").path("KeyMetadata").path("KeyId").asText());
    ok(engine, "aws ssm put-parameter --name /diff/" + run + " --value v --type String");
    ok(engine, "aws logs create-log-group --log-group-name /diff/" + run);
    ok(engine, "aws secretsmanager create-secret --name diff-" + run + " --secret-string s");
    ok(engine, "aws cloudformation create-stack --stack-name diff-" + run
        + " --template-body '{\"Resources\":{\"T\":{\"Type\":\"AWS::SNS::Topic\"}}}'");
    String zone = ok(engine, "aws route53 create-hosted-zone --name diff-" + run + ".example.com --caller-reference " + run)
        .path("HostedZone").path("Id").asText();
    vars.put("ZONE", zone.replace("/hostedzone/", ""));
    return vars;
  }

  private static JsonNode ok(AwsMcp engine, String command) {
    CallResult r = engine.call(command);
    assertTrue(r.ok(), () -> command + " -> " + r.errors());
    return r.response().orElseThrow();
  }

  private static List<String> commands(Map<String, String> vars) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(DifferentialCliTests.class.getResourceAsStream("/cli/differential-commands.txt"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String command = line;
        for (Map.Entry<String, String> v : vars.entrySet()) {
          command = command.replace("${" + v.getKey() + "}", v.getValue());
        }
        out.add(command);
      }
    }
    return out;
  }

  private List<JsonNode> runCli(List<String> commands, Map<String, String> env) throws Exception {
    Path script = workdir.resolve("run_cli.py");
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/cli/run_cli.py"))) {
      Files.copy(in, script);
    }
    Path config = workdir.resolve("aws-cli-config");
    Files.writeString(config, "[default]\ncli_timestamp_format = iso8601\n");
    ProcessBuilder pb = new ProcessBuilder("python3", script.toString()).directory(workdir.toFile());
    pb.environment().putAll(env);
    pb.environment().put("AWS_CONFIG_FILE", config.toString());
    pb.environment().put("AWS_DEFAULT_REGION", env.get("AWS_REGION"));
    pb.environment().put("TZ", "UTC");
    // CLI v1 sends SQS to its legacy endpoint whatever AWS_ENDPOINT_URL says; --endpoint-url wins.
    List<String> lines = new ArrayList<>();
    commands.forEach(c -> lines.add(c + " --endpoint-url " + env.get("AWS_ENDPOINT_URL")));
    Path input = workdir.resolve("commands.txt");
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path output = workdir.resolve("cli-answers.jsonl");
    Process p = pb.redirectInput(input.toFile()).redirectOutput(output.toFile())
        .redirectError(workdir.resolve("cli-stderr.txt").toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the AWS CLI did not finish within 300 s");
    assertEquals(0, p.exitValue(), () -> "run_cli.py failed: " + read(workdir.resolve("cli-stderr.txt")));
    List<JsonNode> answers = new ArrayList<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      answers.add(JSON.readTree(line));
    }
    assertEquals(commands.size(), answers.size());
    return answers;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static boolean cliInstalled() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import awscli.clidriver").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
