package dev.awsmcp.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.error.ErrorKind;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.testing.MotoServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real calls through the whole pipeline to a real AWS emulator, one service per protocol family
 * and more: ec2 (ec2Query), iam/sts/sns/cloudformation (awsQuery), sqs (awsJson1_0, query
 * compatible), dynamodb (awsJson1_0), kms/ssm/logs/secretsmanager (awsJson1_1), lambda
 * (restJson1), s3 (restXml).
 */
class MotoEndToEndTests {
  @TempDir static Path workdir;
  private static AwsMcp engine;
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void start() {
    engine = MotoEngine.create(MotoServer.shared(), workdir);
  }

  private static JsonNode ok(String command) {
    CallResult r = engine.call(command);
    assertTrue(r.ok(), () -> command + " -> " + r.errors());
    assertEquals(200, r.httpStatus().orElseThrow(), command);
    return r.response().orElseThrow();
  }

  private static CallResult failed(String command) {
    CallResult r = engine.call(command);
    assertFalse(r.ok(), () -> command + " should fail but answered " + r.response());
    return r;
  }

  @Test
  void stsSaysWhoTheCallerIs() {
    JsonNode id = ok("aws sts get-caller-identity");
    assertTrue(id.path("Account").asText().matches("\\d{12}"), id.toString());
    assertTrue(id.path("Arn").asText().startsWith("arn:aws:"), id.toString());
  }

  @Test
  void iamUsersAreCreatedListedAndMissingOnesAreServiceErrors() {
    ok("aws iam create-user --user-name alice-" + RUN + " --tags Key=team,Value=data");
    JsonNode users = ok("aws iam list-users --query Users[].UserName");
    assertTrue(users.toString().contains("alice-" + RUN), users.toString());
    JsonNode user = ok("aws iam get-user --user-name alice-" + RUN);
    assertTrue(user.path("User").path("CreateDate").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*\\+00:00"), user.toString());

    CallResult missing = failed("aws iam get-user --user-name nobody-" + RUN);
    assertEquals(ErrorCode.SERVICE_ERROR, missing.error().orElseThrow().code());
    assertEquals(ErrorKind.SERVICE, missing.error().orElseThrow().kind());
    assertEquals("NoSuchEntity", missing.serviceError().orElseThrow().code());
    assertEquals(404, missing.serviceError().orElseThrow().httpStatus());
  }

  @Test
  void ec2InstancesRunAndAreDescribedWithFiltersAndQuery() {
    JsonNode run = ok("aws ec2 run-instances --image-id ami-12c6146b --count 2 --instance-type t2.micro"
        + " --tag-specifications 'ResourceType=instance,Tags=[{Key=run,Value=" + RUN + "}]'");
    assertEquals(2, run.path("Instances").size(), run.toString());
    JsonNode ids = ok("aws ec2 describe-instances --filters Name=tag:run,Values=" + RUN
        + " --query Reservations[].Instances[].InstanceId");
    assertEquals(2, ids.size(), ids.toString());
    JsonNode vpc = ok("aws ec2 create-vpc --cidr-block 10.7.0.0/16");
    String vpcId = vpc.path("Vpc").path("VpcId").asText();
    JsonNode vpcs = ok("aws ec2 describe-vpcs --vpc-ids " + vpcId);
    assertEquals("10.7.0.0/16", vpcs.path("Vpcs").path(0).path("CidrBlock").asText());

    CallResult bad = failed("aws ec2 describe-vpcs --vpc-ids vpc-0000000000deadbee");
    assertEquals("InvalidVpcID.NotFound", bad.serviceError().orElseThrow().code());
  }

  @Test
  void sqsQueuesCarryMessagesAndMissingQueuesKeepTheirQueryErrorCode() {
    JsonNode q = ok("aws sqs create-queue --queue-name jobs-" + RUN);
    String url = q.path("QueueUrl").asText();
    ok("aws sqs send-message --queue-url " + url + " --message-body 'hello world'"
        + " --message-attributes 'kind={DataType=String,StringValue=greeting}'");
    JsonNode received = ok("aws sqs receive-message --queue-url " + url + " --message-attribute-names All");
    assertEquals("hello world", received.path("Messages").path(0).path("Body").asText(), received.toString());

    CallResult missing = failed("aws sqs get-queue-url --queue-name nothing-" + RUN);
    assertEquals("AWS.SimpleQueueService.NonExistentQueue", missing.serviceError().orElseThrow().code());
  }

  @Test
  void dynamodbItemsRoundTripAndQueriesPage() {
    String table = "orders-" + RUN;
    ok("aws dynamodb create-table --table-name " + table
        + " --attribute-definitions AttributeName=pk,AttributeType=S AttributeName=sk,AttributeType=N"
        + " --key-schema AttributeName=pk,KeyType=HASH AttributeName=sk,KeyType=RANGE"
        + " --billing-mode PAY_PER_REQUEST");
    for (int i = 0; i < 12; i++) {
      ok("aws dynamodb put-item --table-name " + table
          + " --item '{\"pk\":{\"S\":\"customer\"},\"sk\":{\"N\":\"" + i + "\"},\"note\":{\"S\":\"é " + i + "\"}}'");
    }
    JsonNode item = ok("aws dynamodb get-item --table-name " + table
        + " --key '{\"pk\":{\"S\":\"customer\"},\"sk\":{\"N\":\"3\"}}'");
    assertEquals("é 3", item.path("Item").path("note").path("S").asText());

    CallResult paged = engine.call("aws dynamodb query --table-name " + table
        + " --key-condition-expression 'pk = :p' --expression-attribute-values '{\":p\":{\"S\":\"customer\"}}'"
        + " --page-size 5");
    assertTrue(paged.ok(), () -> paged.errors().toString());
    assertEquals(12, paged.response().orElseThrow().path("Items").size());
    assertEquals(12, paged.response().orElseThrow().path("Count").asInt());
    assertTrue(paged.metadata().orElseThrow().pages() >= 3, paged.metadata().toString());

    CallResult missing = failed("aws dynamodb describe-table --table-name nothing-" + RUN);
    assertEquals("ResourceNotFoundException", missing.serviceError().orElseThrow().code());
  }

  @Test
  void s3ObjectsWithAwkwardKeysRoundTripThroughFiles() throws Exception {
    String bucket = "bucket-" + RUN;
    ok("aws s3api create-bucket --bucket " + bucket);
    Path body = workdir.resolve("upload.txt");
    Files.writeString(body, "contents ü", StandardCharsets.UTF_8);
    List<String> keys = List.of("plain.txt", "with space.txt", "a+b=c.txt", "dir/sub/ünï 日本.txt");
    for (String key : keys) {
      ok("aws s3api put-object --bucket " + bucket + " --key '" + key + "' --body " + body);
    }
    JsonNode listed = ok("aws s3api list-objects-v2 --bucket " + bucket + " --query Contents[].Key");
    List<String> names = new ArrayList<>();
    listed.forEach(n -> names.add(n.asText()));
    assertEquals(keys.stream().sorted().toList(), names.stream().sorted().toList());

    CallResult got = engine.call("aws s3api get-object --bucket " + bucket + " --key 'dir/sub/ünï 日本.txt' out/got.txt");
    assertTrue(got.ok(), () -> got.errors().toString());
    assertEquals("contents ü", Files.readString(workdir.resolve("out/got.txt"), StandardCharsets.UTF_8));
    assertTrue(got.response().orElseThrow().has("ContentLength"), got.response().toString());

    CallResult inline = engine.call("aws s3api get-object --bucket " + bucket + " --key plain.txt -");
    assertEquals("contents ü", inline.response().orElseThrow().path("Body").asText());

    CallResult missing = failed("aws s3api head-object --bucket " + bucket + " --key nothing");
    assertEquals(404, missing.serviceError().orElseThrow().httpStatus());
    CallResult noBucket = failed("aws s3api list-objects-v2 --bucket nothing-" + RUN);
    assertEquals("NoSuchBucket", noBucket.serviceError().orElseThrow().code());
  }

  @Test
  void anOutputFileOutsideTheWorkingDirectoryIsRefusedBeforeAnythingIsSent() {
    CallResult r = engine.call("aws s3api get-object --bucket b --key k ../escape.txt");
    assertEquals(ErrorCode.OUTFILE_ERROR, r.error().orElseThrow().code());
  }

  @Test
  void snsKmsSsmLogsSecretsAndCloudFormationAnswer() {
    String topic = ok("aws sns create-topic --name alerts-" + RUN).path("TopicArn").asText();
    assertTrue(ok("aws sns list-topics").toString().contains(topic));
    ok("aws sns publish --topic-arn " + topic + " --message hi");

    String keyId = ok("aws kms create-key --description test").path("KeyMetadata").path("KeyId").asText();
    String blob = ok("aws kms encrypt --cli-binary-format base64 --key-id " + keyId + " --plaintext aGVsbG8=").path("CiphertextBlob").asText();
    // Blobs are text in CLI v1; base64 as in CLI v2 is one flag away.
    JsonNode plain = ok("aws kms decrypt --cli-binary-format base64 --ciphertext-blob " + blob);
    assertEquals("aGVsbG8=", plain.path("Plaintext").asText());
    assertEquals(keyId, plain.path("KeyId").asText().replaceAll(".*/", ""));

    ok("aws ssm put-parameter --name /app/" + RUN + "/db --value secret --type SecureString");
    JsonNode p = ok("aws ssm get-parameter --name /app/" + RUN + "/db --with-decryption");
    assertEquals("secret", p.path("Parameter").path("Value").asText());

    ok("aws logs create-log-group --log-group-name /app/" + RUN);
    JsonNode groups = ok("aws logs describe-log-groups --log-group-name-prefix /app/" + RUN);
    assertEquals(1, groups.path("logGroups").size(), groups.toString());

    ok("aws secretsmanager create-secret --name db-" + RUN + " --secret-string s3cr3t");
    assertEquals("s3cr3t", ok("aws secretsmanager get-secret-value --secret-id db-" + RUN).path("SecretString").asText());

    String template = "{\"Resources\":{\"Q\":{\"Type\":\"AWS::SQS::Queue\",\"Properties\":{\"QueueName\":\"cfn-" + RUN + "\"}}}}";
    ok("aws cloudformation create-stack --stack-name stack-" + RUN + " --template-body '" + template + "'");
    JsonNode stacks = ok("aws cloudformation describe-stacks --stack-name stack-" + RUN);
    assertEquals("stack-" + RUN, stacks.path("Stacks").path(0).path("StackName").asText());
  }

  @Test
  void lambdaFunctionsAreListedAndRead() {
    JsonNode functions = ok("aws lambda list-functions");
    assertTrue(functions.path("Functions").isArray(), functions.toString());
    CallResult missing = failed("aws lambda get-function --function-name nothing-" + RUN);
    assertEquals("ResourceNotFoundException", missing.serviceError().orElseThrow().code());
    assertEquals(404, missing.httpStatus().orElseThrow());
  }

  @Test
  void maxItemsTruncatesAndTheTokenContinuesExactlyWhereItStopped() {
    for (int i = 0; i < 7; i++) {
      ok("aws iam create-group --group-name g" + i + "-" + RUN);
    }
    String query = " --path-prefix / --query Groups[].GroupName";
    CallResult first = engine.call("aws iam list-groups --max-items 4 --page-size 3");
    assertTrue(first.ok(), () -> first.errors().toString());
    String token = first.paginationToken().orElseThrow();
    assertEquals(4, first.response().orElseThrow().path("Groups").size());
    CallResult rest = engine.call("aws iam list-groups --page-size 3 --starting-token " + token);
    assertTrue(rest.ok(), () -> rest.errors().toString());
    List<String> all = new ArrayList<>();
    first.response().orElseThrow().path("Groups").forEach(g -> all.add(g.path("GroupName").asText()));
    rest.response().orElseThrow().path("Groups").forEach(g -> all.add(g.path("GroupName").asText()));
    JsonNode everything = ok("aws iam list-groups" + query);
    assertEquals(everything.size(), all.size());
    assertEquals(everything.size(), all.stream().distinct().count());
  }
}
