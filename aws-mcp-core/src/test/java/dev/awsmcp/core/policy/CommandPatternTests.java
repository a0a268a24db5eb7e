package dev.awsmcp.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** List entries match CLI and API names alike, with wildcards. */
class CommandPatternTests {

  @ParameterizedTest(name = "''{0}'' matches {1} {3}: {5}")
  @CsvSource({
      "aws s3api delete-*, s3api, s3, delete-object, DeleteObject, true",
      "aws s3 delete-object, s3api, s3, delete-object, DeleteObject, true",
      "aws s3api DeleteObject, s3api, s3, delete-object, DeleteObject, true",
      "aws s3api delete-*, s3api, s3, get-object, GetObject, false",
      "aws iam *, iam, iam, delete-user, DeleteUser, true",
      "aws iam, iam, iam, list-users, ListUsers, true",
      "aws * terminate-*, ec2, ec2, terminate-instances, TerminateInstances, true",
      "aws * terminate-*, emr, emr, terminate-job-flows, TerminateJobFlows, true",
      "aws * terminate-*, ec2, ec2, describe-instances, DescribeInstances, false",
      "aws iam delete-user, iam, iam, delete-user-policy, DeleteUserPolicy, false",
      "aws ec2 describe-?nstances, ec2, ec2, describe-instances, DescribeInstances, true",
      "aws elbv2 *, elbv2, elbv2, delete-load-balancer, DeleteLoadBalancer, true",
      "aws elb* delete-load-*, elbv2, elbv2, delete-load-balancer, DeleteLoadBalancer, true",
      "IAM DELETE-USER, iam, iam, delete-user, DeleteUser, true"})
  void entriesMatchEitherName(String pattern, String cliService, String service, String cliOp, String op, boolean expected) {
    assertEquals(expected, CommandPattern.parse(pattern).matches(cliService, service, cliOp, op));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "aws", "aws iam delete-user --user-name bob", "aws iam delete_user;rm", "aws i$m *"})
  void malformedEntriesAreRefusedWithAReason(String pattern) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CommandPattern.parse(pattern));
    assertTrue(e.getMessage().contains("'"), e.getMessage());
  }
}
