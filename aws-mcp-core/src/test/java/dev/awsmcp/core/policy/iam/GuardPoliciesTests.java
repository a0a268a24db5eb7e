package dev.awsmcp.core.policy.iam;

import static dev.awsmcp.core.policy.iam.Commands.catalog;
import static dev.awsmcp.core.policy.iam.Commands.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.policy.PolicyDecision;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.policy.iam.GuardDecision.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardPoliciesTests {
  private static final String DENY_PROD_TABLE = """
      {"Version": "2012-10-17", "Statement": {"Sid": "KeepProd", "Effect": "Deny", "Action": "dynamodb:Delete*",
        "Resource": "arn:aws:dynamodb:*:111122223333:table/prod-*"}}""";

  @Test
  void aDirectoryLoadsEveryJsonFileInNameOrder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.json"), "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}");
    Files.writeString(dir.resolve("a.json"), "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"ec2:*\", \"Resource\": \"*\"}}");
    Files.writeString(dir.resolve("notes.txt"), "not a policy");
    GuardPolicies guard = GuardPolicies.fromPath(dir);
    assertEquals(List.of("a.json", "b.json"), guard.ids());
    GuardDecision d = guard.evaluate(parse("aws s3api list-buckets"), catalog(), GuardContext.of("aws-mcp"));
    assertEquals(Optional.of("b.json"), d.policy());
  }

  @Test
  void aDirectoryWithoutPoliciesIsAnError(@TempDir Path dir) {
    GuardPolicyException e = assertThrows(GuardPolicyException.class, () -> GuardPolicies.fromDirectory(dir));
    assertTrue(e.getMessage().contains("holds no *.json guard policy"), e.getMessage());
  }

  @Test
  void oneMalformedFileStopsLoadingAndIsNamed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.json"), "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}}");
    Files.writeString(dir.resolve("typo.json"), "{\"Statement\": {\"Effect\": \"Deny\", \"Actions\": \"*\", \"Resource\": \"*\"}}");
    GuardPolicyException e = assertThrows(GuardPolicyException.class, () -> GuardPolicies.fromPath(dir));
    assertEquals("typo.json", e.policyId());
    assertEquals("$.Statement.Actions", e.path());
  }

  @Test
  void aMissingFileIsAnError(@TempDir Path dir) {
    GuardPolicyException e = assertThrows(GuardPolicyException.class, () -> GuardPolicies.fromPath(dir.resolve("none.json")));
    assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
  }

  @Test
  void aTableNamedWithoutItsAccountIsDeniedWhenADenyNamesAnAccount() {
    GuardPolicies guard = GuardPolicies.fromJson("prod", DENY_PROD_TABLE);
    GuardDecision unknownAccount = guard.evaluate(parse("aws dynamodb delete-table --table-name prod-orders"), catalog(), GuardContext.of("aws-mcp"));
    assertEquals(Outcome.EXPLICIT_DENY, unknownAccount.outcome());
    assertTrue(unknownAccount.reason().contains("fails closed"), unknownAccount.reason());
    GuardDecision otherAccount = guard.evaluate(parse("aws dynamodb delete-table --table-name prod-orders"), catalog(),
        GuardContext.of("aws-mcp").withAccount("444455556666"));
    assertEquals(Outcome.ALLOW, otherAccount.outcome(), otherAccount.reason());
    GuardDecision otherTable = guard.evaluate(parse("aws dynamodb delete-table --table-name dev-orders"), catalog(), GuardContext.of("aws-mcp"));
    assertEquals(Outcome.ALLOW, otherTable.outcome(), otherTable.reason());
  }

  @Test
  void theSafetyPolicyCarriesTheDecisionAndItsReason() {
    GuardPolicies guard = Commands.fixture("ga-deny-destructive-via-mcp.json");
    PolicyDecision denied = guard.asSafetyPolicy(catalog(), "aws-mcp").evaluate(parse("aws s3api delete-bucket --bucket b"));
    assertEquals(PolicyDecision.Outcome.DENY, denied.outcome());
    assertTrue(denied.reason().contains("s3:DeleteBucket on arn:aws:s3:::b is denied by guard policy \"ga-deny-destructive-via-mcp.json\""), denied.reason());
    assertEquals(PolicyDecision.allow(), guard.asSafetyPolicy(catalog(), "aws-mcp").evaluate(parse("aws s3api list-buckets")));
  }

  @Test
  void anEngineWithTheGuardRefusesADeniedCallBeforeSendingIt() {
    AwsMcp engine = AwsMcp.builder()
        .modelPath(TestEngines.botocoreData())
        .modelClassLoader(null)
        .searchInstalledModels(false)
        .environment(Map.of("AWS_CONFIG_FILE", "/nonexistent"))
        .safetyPolicy(Commands.fixture("ga-deny-all-via-mcp.json").asSafetyPolicy(catalog(), "aws-mcp"))
        .build();
    CallResult r = engine.call("aws sts get-caller-identity --endpoint-url http://127.0.0.1:9");
    assertFalse(r.ok());
    assertEquals(ErrorCode.POLICY_DENIED, r.errors().get(0).code());
    assertTrue(r.errors().get(0).message().contains("ga-deny-all-via-mcp.json"), r.errors().get(0).message());
  }
}
