package dev.awsmcp.core.policy.iam;

import static dev.awsmcp.core.policy.iam.Commands.catalog;
import static dev.awsmcp.core.policy.iam.Commands.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestContextFactoryTests {
  private static final GuardContext CONTEXT = GuardContext.of("aws-mcp")
      .withClock(Clock.fixed(Instant.parse("2026-03-01T12:00:00.250Z"), ZoneOffset.UTC));
  private static final RequestContextFactory FACTORY = new RequestContextFactory(catalog(), CONTEXT);

  private static String accesses(String line) {
    return FACTORY.of(parse(line)).accesses().toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "aws s3api list-objects-v2 --bucket b | [s3:ListBucket on arn:aws:s3:::b]",
      "aws s3api head-object --bucket b --key a/k | [s3:GetObject on arn:aws:s3:::b/a/k]",
      "aws s3api list-buckets | [s3:ListAllMyBuckets on *]",
      "aws s3api delete-object --bucket b --key k --version-id v | [s3:DeleteObject on arn:aws:s3:::b/k, s3:DeleteObjectVersion on arn:aws:s3:::b/k]",
      "aws s3api delete-objects --bucket b --delete Objects=[{Key=a},{Key=c}] | [s3:DeleteObject on arn:aws:s3:::b/a, s3:DeleteObject on arn:aws:s3:::b/c]",
      "aws s3api copy-object --bucket b --key k --copy-source src/a%20b?versionId=3 | [s3:PutObject on arn:aws:s3:::b/k, s3:GetObjectVersion on arn:aws:s3:::src/a b]",
      "aws s3api create-multipart-upload --bucket b --key k | [s3:PutObject on arn:aws:s3:::b/k]",
      "aws s3api delete-bucket-cors --bucket b | [s3:PutBucketCORS on arn:aws:s3:::b]",
      "aws s3api get-object --bucket arn:aws:s3:us-east-1:123456789012:accesspoint/ap --key k out | [s3:GetObject on arn:aws:s3:us-east-1:123456789012:accesspoint/ap/object/k]",
      "aws s3api list-objects-v2 --bucket b --region cn-north-1 | [s3:ListBucket on arn:aws-cn:s3:::b]",
      "aws s3 ls | [s3:ListAllMyBuckets on *]",
      "aws s3 ls s3://b/p/ | [s3:ListBucket on arn:aws:s3:::b]",
      "aws s3 cp a.txt s3://b/k | [s3:PutObject on arn:aws:s3:::b/k]",
      "aws s3 cp a.txt s3://b/dir/ | [s3:PutObject on arn:aws:s3:::b/dir/*]",
      "aws s3 mv s3://a/k s3://b/k | [s3:GetObject on arn:aws:s3:::a/k, s3:DeleteObject on arn:aws:s3:::a/k, s3:PutObject on arn:aws:s3:::b/k]",
      "aws s3 rm s3://b/p --recursive | [s3:ListBucket on arn:aws:s3:::b, s3:DeleteObject on arn:aws:s3:::b/p*]",
      "aws s3 mb s3://x | [s3:CreateBucket on arn:aws:s3:::x]",
      "aws s3 presign s3://b/k | [s3:GetObject on arn:aws:s3:::b/k]",
      "aws dynamodb delete-table --table-name t --region eu-west-1 | [dynamodb:DeleteTable on arn:aws:dynamodb:eu-west-1:*:table/t]",
      "aws dynamodb query --table-name t --index-name i --key-condition-expression x | [dynamodb:Query on arn:aws:dynamodb:us-east-1:*:table/t/index/i]",
      "aws dynamodb list-tables | [dynamodb:ListTables on *]",
      "aws sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:t --message hi | [sns:Publish on arn:aws:sns:us-east-1:123456789012:t]",
      "aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess | [iam:AttachRolePolicy on arn:aws:iam::aws:policy/ReadOnlyAccess, iam:AttachRolePolicy on *]",
      "aws ec2 terminate-instances --instance-ids i-1 | [ec2:TerminateInstances on *]",
      "aws elbv2 describe-load-balancers | [elasticloadbalancing:DescribeLoadBalancers on *]",
      "aws cloudwatch list-metrics | [cloudwatch:ListMetrics on *]",
      "aws sesv2 list-email-identities | [ses:ListEmailIdentities on *]",
      "aws stepfunctions list-state-machines | [states:ListStateMachines on *]",
      "aws lambda invoke --function-name f out.json | [lambda:InvokeFunction on *]",
      "aws apigateway get-rest-apis | [apigateway:GET on *]",
      "aws eks update-kubeconfig --name c | [an unmapped eks:* action on *]",
  })
  void aCommandNeedsTheseActionsOnTheseResources(String line, String expected) {
    assertEquals(expected, accesses(line));
  }

  @Test
  void theAccountIsUsedWhenConfigured() {
    RequestContextFactory withAccount = new RequestContextFactory(catalog(), CONTEXT.withAccount("123456789012"));
    assertEquals("[dynamodb:Scan on arn:aws:dynamodb:us-east-1:123456789012:table/t]",
        withAccount.of(parse("aws dynamodb scan --table-name t")).accesses().toString());
  }

  @Test
  void theEngineSetsItsConditionKeys() {
    RequestContext r = FACTORY.of(parse("aws s3api list-buckets --region eu-west-1 --profile dev"));
    assertEquals(List.of("eu-west-1"), r.values("aws:RequestedRegion"));
    assertEquals(List.of("true"), r.values("aws:ViaAWSMCPService"));
    assertEquals(List.of("aws-mcp"), r.values("aws:CalledViaAWSMCP"));
    assertEquals(List.of("2026-03-01T12:00:00Z"), r.values("aws:CurrentTime"));
    assertEquals(List.of("1772366400"), r.values("aws:EpochTime"));
    assertEquals(List.of("true"), r.values("awsmcp:ReadOnlyOperation"));
    assertEquals(List.of("dev"), r.values("awsmcp:Profile"));
    assertEquals(List.of("s3api"), r.values("awsmcp:Service"));
    assertEquals(List.of("list-buckets"), r.values("awsmcp:Operation"));
  }

  @Test
  void mutationsAndHighLevelCommandsAreNotReadOnly() {
    assertEquals(List.of("false"), FACTORY.of(parse("aws s3api delete-bucket --bucket b")).values("awsmcp:ReadOnlyOperation"));
    assertEquals(List.of("false"), FACTORY.of(parse("aws s3 ls")).values("awsmcp:ReadOnlyOperation"));
  }

  @Test
  void theProfileIsTheCommandsElseTheDefaultElseAbsent() {
    assertFalse(FACTORY.of(parse("aws s3api list-buckets")).has("awsmcp:Profile"));
    RequestContextFactory withDefault = new RequestContextFactory(catalog(), CONTEXT.withDefaultProfile("ops"));
    assertEquals(List.of("ops"), withDefault.of(parse("aws s3api list-buckets")).values("awsmcp:Profile"));
    assertEquals(List.of("dev"), withDefault.of(parse("aws s3api list-buckets --profile dev")).values("awsmcp:Profile"));
  }

  @Test
  void everyServiceHasALowerCaseIamPrefix() {
    Pattern prefix = Pattern.compile("[a-z0-9-]+");
    for (String service : catalog().serviceNames()) {
      String p = IamActionPrefix.of(catalog().load(service).orElseThrow());
      assertTrue(prefix.matcher(p).matches(), service + " -> '" + p + "'");
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "s3, s3", "s3control, s3", "elb, elasticloadbalancing", "elbv2, elasticloadbalancing", "cloudwatch, cloudwatch",
      "ses, ses", "sesv2, ses", "iot-data, iot", "iotsecuretunneling, iot", "es, es", "opensearch, es",
      "stepfunctions, states", "efs, elasticfilesystem", "emr, elasticmapreduce", "cloudcontrol, cloudformation",
      "dynamodbstreams, dynamodb", "docdb, rds", "mturk, mechanicalturk", "amp, aps", "keyspaces, cassandra",
  })
  void servicesUseTheirIamPrefix(String service, String prefix) {
    assertEquals(prefix, IamActionPrefix.of(catalog().load(service).orElseThrow()));
  }
}
