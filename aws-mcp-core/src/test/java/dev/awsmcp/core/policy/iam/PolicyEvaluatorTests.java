package dev.awsmcp.core.policy.iam;

import static dev.awsmcp.core.policy.iam.Requests.evaluator;
import static dev.awsmcp.core.policy.iam.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.policy.iam.GuardDecision.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTests {
  private static final String DENY_DELETES = """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "ReadsAreFine", "Effect": "Allow", "Action": "s3:Get*", "Resource": "*"},
        {"Sid": "NoDeletes", "Effect": "Deny", "Action": ["s3:Delete*", "dynamodb:DeleteTable"], "Resource": "*"}
      ]}""";
  private static final String ALLOW_BUCKET = """
      {"Version": "2012-10-17", "Statement":
        {"Effect": "Allow", "Action": "s3:*", "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]}}""";
  private static final String DENY_SECRET_PREFIX = """
      {"Version": "2012-10-17", "Statement":
        {"Sid": "KeepSecrets", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::b/secret/*"}}""";

  @Test
  void anExplicitDenyWinsOverAnAllow() {
    GuardDecision d = evaluator("""
        {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}""", DENY_DELETES)
        .evaluate(request("s3:DeleteObject", "arn:aws:s3:::b/k"));
    assertEquals(Outcome.EXPLICIT_DENY, d.outcome());
    assertEquals(Optional.of("p1"), d.policy());
    assertEquals(Optional.of("NoDeletes"), d.sid());
    assertEquals(OptionalInt.of(1), d.statement());
    assertTrue(d.reason().contains("s3:DeleteObject on arn:aws:s3:::b/k is denied by guard policy \"p1\", Sid \"NoDeletes\""), d.reason());
  }

  @Test
  void withAnAllowPresentOnlyWhatAnAllowNamesPasses() {
    PolicyEvaluator guard = evaluator(DENY_DELETES);
    GuardDecision read = guard.evaluate(request("s3:GetObject", "arn:aws:s3:::b/k"));
    assertEquals(Outcome.ALLOW, read.outcome());
    assertEquals(Optional.of("ReadsAreFine"), read.sid());
    GuardDecision write = guard.evaluate(request("s3:PutObject", "arn:aws:s3:::b/k"));
    assertEquals(Outcome.IMPLICIT_DENY, write.outcome());
    assertEquals(Optional.empty(), write.policy());
    assertTrue(write.reason().startsWith("no guard policy allows s3:PutObject on arn:aws:s3:::b/k"), write.reason());
  }

  @Test
  void withOnlyDenyStatementsEverythingNotDeniedPasses() {
    PolicyEvaluator guard = evaluator(DENY_SECRET_PREFIX);
    GuardDecision d = guard.evaluate(request("ec2:TerminateInstances", "*"));
    assertEquals(Outcome.ALLOW, d.outcome());
    assertEquals(Optional.empty(), d.policy());
  }

  @Test
  void aStatementWithoutSidIsNamedByItsIndex() {
    GuardDecision d = evaluator("""
        {"Statement": [{"Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*"},
                       {"Effect": "Deny", "Action": "ec2:*", "Resource": "*"}]}""")
        .evaluate(request("ec2:DescribeInstances", "*"));
    assertEquals(OptionalInt.of(1), d.statement());
    assertTrue(d.reason().endsWith("statement 1"), d.reason());
  }

  @Test
  void notActionAppliesToEveryOtherAction() {
    PolicyEvaluator guard = evaluator("""
        {"Statement": {"Effect": "Deny", "NotAction": ["s3:Get*", "s3:List*"], "Resource": "*"}}""");
    assertEquals(Outcome.ALLOW, guard.evaluate(request("s3:ListBucket", "arn:aws:s3:::b")).outcome());
    assertEquals(Outcome.EXPLICIT_DENY, guard.evaluate(request("s3:PutObject", "arn:aws:s3:::b/k")).outcome());
    assertEquals(Outcome.EXPLICIT_DENY, guard.evaluate(request("iam:CreateUser", "*")).outcome());
  }

  @Test
  void notResourceAppliesToEveryOtherResource() {
    PolicyEvaluator guard = evaluator("""
        {"Statement": {"Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::sandbox", "arn:aws:s3:::sandbox/*"]}}""");
    assertEquals(Outcome.ALLOW, guard.evaluate(request("s3:PutObject", "arn:aws:s3:::sandbox/k")).outcome());
    assertEquals(Outcome.EXPLICIT_DENY, guard.evaluate(request("s3:PutObject", "arn:aws:s3:::prod/k")).outcome());
  }

  @Test
  void aDenyOnSpecificResourcesFailsClosedWhenTheResourceIsUnknown() {
    GuardDecision d = evaluator(DENY_SECRET_PREFIX).evaluate(request("s3:DeleteObject", "*"));
    assertEquals(Outcome.EXPLICIT_DENY, d.outcome());
    assertTrue(d.reason().contains("cannot be derived") && d.reason().contains("fails closed"), d.reason());
  }

  @Test
  void aNotResourceDenyAlsoFailsClosedWhenTheResourceIsUnknown() {
    GuardDecision d = evaluator("""
        {"Statement": {"Effect": "Deny", "Action": "s3:*", "NotResource": "arn:aws:s3:::sandbox/*"}}""")
        .evaluate(request("s3:DeleteObject", "*"));
    assertEquals(Outcome.EXPLICIT_DENY, d.outcome());
  }

  @Test
  void anAllowOnSpecificResourcesDoesNotMatchAnUnknownResource() {
    GuardDecision d = evaluator(ALLOW_BUCKET).evaluate(request("s3:ListAllMyBuckets", "*"));
    assertEquals(Outcome.IMPLICIT_DENY, d.outcome());
    assertTrue(d.reason().contains("allows only some: the resource cannot be derived"), d.reason());
  }

  @Test
  void aPrefixIsDeniedWhenItMayReachADeniedResource() {
    PolicyEvaluator guard = evaluator(DENY_SECRET_PREFIX);
    RequestContext everything = request("s3:DeleteObject", RequestResource.under("arn:aws:s3:::b/"), Map.of());
    RequestContext publicOnly = request("s3:DeleteObject", RequestResource.under("arn:aws:s3:::b/public/"), Map.of());
    assertEquals(Outcome.EXPLICIT_DENY, guard.evaluate(everything).outcome());
    assertEquals(Outcome.ALLOW, guard.evaluate(publicOnly).outcome());
  }

  @Test
  void aPrefixIsAllowedOnlyWhenAnAllowCoversAllOfIt() {
    PolicyEvaluator guard = evaluator(ALLOW_BUCKET);
    RequestContext inside = request("s3:DeleteObject", RequestResource.under("arn:aws:s3:::reports/2024/"), Map.of());
    RequestContext across = request("s3:DeleteObject", RequestResource.under("arn:aws:s3:::rep"), Map.of());
    assertEquals(Outcome.ALLOW, guard.evaluate(inside).outcome());
    assertEquals(Outcome.IMPLICIT_DENY, guard.evaluate(across).outcome());
  }

  @Test
  void everyPermissionACallNeedsMustBeAllowed() {
    PolicyEvaluator guard = evaluator(ALLOW_BUCKET);
    RequestContext copyIn = new RequestContext(List.of(
        new Access("s3:PutObject", RequestResource.arn("arn:aws:s3:::reports/k")),
        new Access("s3:GetObject", RequestResource.arn("arn:aws:s3:::elsewhere/k"))), Map.of());
    GuardDecision d = guard.evaluate(copyIn);
    assertEquals(Outcome.IMPLICIT_DENY, d.outcome());
    assertTrue(d.reason().contains("s3:GetObject on arn:aws:s3:::elsewhere/k"), d.reason());
  }

  @Test
  void anUnmappedActionIsDeniedWhenADenyMayNameItAndAllowedOnlyByAServiceWildcard() {
    RequestContext unmapped = new RequestContext(
        List.of(new Access(RequestAction.anyOf("eks"), RequestResource.unknown())), Map.of());
    assertEquals(Outcome.EXPLICIT_DENY, evaluator("""
        {"Statement": {"Effect": "Deny", "Action": "eks:Delete*", "Resource": "*"}}""").evaluate(unmapped).outcome());
    assertEquals(Outcome.ALLOW, evaluator("""
        {"Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*"}}""").evaluate(unmapped).outcome());
    assertEquals(Outcome.IMPLICIT_DENY, evaluator("""
        {"Statement": {"Effect": "Allow", "Action": "eks:Describe*", "Resource": "*"}}""").evaluate(unmapped).outcome());
    assertEquals(Outcome.ALLOW, evaluator("""
        {"Statement": {"Effect": "Allow", "Action": "EKS:*", "Resource": "*"}}""").evaluate(unmapped).outcome());
  }

  @Test
  void aPolicyVariableInAResourceIsResolvedPerRequest() {
    PolicyEvaluator guard = evaluator("""
        {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "dynamodb:*",
          "Resource": "arn:aws:dynamodb:${aws:RequestedRegion}:*:table/*"}}""");
    Map<String, List<String>> inEu = Map.of("aws:RequestedRegion", List.of("eu-west-1"));
    assertEquals(Outcome.ALLOW, guard.evaluate(request("dynamodb:Scan",
        RequestResource.arn("arn:aws:dynamodb:eu-west-1:*:table/t"), inEu)).outcome());
    assertEquals(Outcome.IMPLICIT_DENY, guard.evaluate(request("dynamodb:Scan",
        RequestResource.arn("arn:aws:dynamodb:us-east-1:*:table/t"), inEu)).outcome());
  }

  @Test
  void policyVariablesAreTextInTheOldPolicyVersion() {
    PolicyEvaluator guard = evaluator("""
        {"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::${x}"}}""");
    assertEquals(Outcome.ALLOW, guard.evaluate(request("s3:ListBucket", "arn:aws:s3:::${x}")).outcome());
  }
}
