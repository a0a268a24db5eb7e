package dev.awsmcp.core.policy.iam;

import static dev.awsmcp.core.policy.iam.Commands.catalog;
import static dev.awsmcp.core.policy.iam.Commands.fixture;
import static dev.awsmcp.core.policy.iam.Commands.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.policy.iam.GuardDecision.Outcome;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three example policies of the AWS MCP Server GA announcement, verbatim, on real commands. */
class GuardPoliciesGaExamplesTests {
  private static final GuardContext AWS_MCP = GuardContext.of(GuardContext.DEFAULT_SERVER_NAME);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "aws s3api list-buckets",
      "aws ec2 describe-instances --region eu-west-1",
      "aws sts get-caller-identity",
      "aws s3 ls",
      "aws eks update-kubeconfig --name c",
  })
  void denyingEverythingViaMcpDeniesEveryCall(String line) {
    GuardDecision d = fixture("ga-deny-all-via-mcp.json").evaluate(parse(line), catalog(), AWS_MCP);
    assertEquals(Outcome.EXPLICIT_DENY, d.outcome(), d.reason());
    assertEquals(Optional.of("ga-deny-all-via-mcp.json"), d.policy());
    assertEquals(OptionalInt.of(0), d.statement());
    assertTrue(d.reason().contains("guard policy \"ga-deny-all-via-mcp.json\", statement 0"), d.reason());
  }

  @Test
  void helpIsNotACallAndPassesEvenDenyAll() {
    GuardDecision d = fixture("ga-deny-all-via-mcp.json").evaluate(parse("aws s3api list-buckets help"), catalog(), AWS_MCP);
    assertEquals(Outcome.ALLOW, d.outcome());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "aws s3api delete-object --bucket b --key k",
      "aws s3api delete-object --bucket b --key k --version-id v1",
      "aws s3api delete-objects --bucket b --delete Objects=[{Key=a},{Key=b}]",
      "aws s3api delete-bucket --bucket b",
      "aws s3 rm s3://b/k",
      "aws s3 rm s3://b/logs/ --recursive",
      "aws s3 mv s3://b/k s3://c/k",
      "aws s3 sync . s3://b/site --delete",
      "aws s3 rb s3://b --force",
      "aws dynamodb delete-table --table-name orders --region eu-west-1",
      "aws rds delete-db-instance --db-instance-identifier db1 --skip-final-snapshot",
      "aws ec2 terminate-instances --instance-ids i-0123456789abcdef0",
  })
  void denyingDestructiveActionsViaMcpDeniesThem(String line) {
    GuardDecision d = fixture("ga-deny-destructive-via-mcp.json").evaluate(parse(line), catalog(), AWS_MCP);
    assertEquals(Outcome.EXPLICIT_DENY, d.outcome(), d.reason());
    assertEquals(Optional.of("ga-deny-destructive-via-mcp.json"), d.policy());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "aws s3api get-object --bucket b --key k out.txt",
      "aws s3api put-object --bucket b --key k",
      "aws s3 cp s3://b/k s3://c/k",
      "aws s3 sync . s3://b/site",
      "aws dynamodb describe-table --table-name orders",
      "aws rds describe-db-instances",
      "aws ec2 stop-instances --instance-ids i-0123456789abcdef0",
  })
  void denyingDestructiveActionsViaMcpLetsOtherCallsThrough(String line) {
    GuardDecision d = fixture("ga-deny-destructive-via-mcp.json").evaluate(parse(line), catalog(), AWS_MCP);
    assertEquals(Outcome.ALLOW, d.outcome(), d.reason());
  }

  @Test
  void allowingEksOnlyViaTheEksServerAllowsEksCallsFromThatServer() {
    GuardContext eksMcp = GuardContext.of("eks-mcp.amazonaws.com");
    GuardPolicies guard = fixture("ga-allow-eks-via-eks-mcp.json");
    GuardDecision list = guard.evaluate(parse("aws eks list-clusters"), catalog(), eksMcp);
    assertEquals(Outcome.ALLOW, list.outcome(), list.reason());
    assertEquals(OptionalInt.of(0), list.statement());
    assertEquals(Outcome.ALLOW, guard.evaluate(parse("aws eks update-kubeconfig --name c"), catalog(), eksMcp).outcome());
  }

  @Test
  void allowingEksOnlyViaTheEksServerDeniesOtherServersAndServices() {
    GuardPolicies guard = fixture("ga-allow-eks-via-eks-mcp.json");
    GuardDecision otherServer = guard.evaluate(parse("aws eks list-clusters"), catalog(), AWS_MCP);
    assertEquals(Outcome.IMPLICIT_DENY, otherServer.outcome());
    assertTrue(otherServer.reason().startsWith("no guard policy allows eks:ListClusters"), otherServer.reason());
    GuardDecision otherService = guard.evaluate(parse("aws s3api list-buckets"), catalog(), GuardContext.of("eks-mcp.amazonaws.com"));
    assertEquals(Outcome.IMPLICIT_DENY, otherService.outcome());
  }
}
