package dev.awsmcp.core.policy.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyParserTests {
  private static final String OK_STATEMENT = "{\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}";

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("not JSON", "{\"Statement\": [", "$", "not valid JSON"),
        Arguments.of("trailing garbage", "{\"Statement\": " + OK_STATEMENT + "} x", "$", "not valid JSON"),
        Arguments.of("an array at the top", "[" + OK_STATEMENT + "]", "$", "must be a JSON object"),
        Arguments.of("an empty document", "", "$", "must be a JSON object"),
        Arguments.of("no Statement", "{\"Version\": \"2012-10-17\"}", "$", "has no Statement"),
        Arguments.of("an empty Statement array", "{\"Statement\": []}", "$.Statement", "non-empty array"),
        Arguments.of("a Statement string", "{\"Statement\": \"Deny\"}", "$.Statement", "must be a statement object"),
        Arguments.of("an unknown version", "{\"Version\": \"2012-10-18\", \"Statement\": " + OK_STATEMENT + "}", "$.Version", "2012-10-17"),
        Arguments.of("an unknown top-level element", "{\"Statment\": " + OK_STATEMENT + "}", "$.Statment", "unknown element"),
        Arguments.of("a duplicate key", "{\"Statement\": {\"Effect\": \"Deny\", \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}", "$", "Duplicate field"),
        Arguments.of("a statement that is no object", "{\"Statement\": [\"x\"]}", "$.Statement[0]", "must be a JSON object"),
        Arguments.of("a lower-case effect", "{\"Statement\": {\"Effect\": \"deny\", \"Action\": \"*\", \"Resource\": \"*\"}}", "$.Statement.Effect", "\"Allow\" or \"Deny\""),
        Arguments.of("no effect", "{\"Statement\": {\"Action\": \"*\", \"Resource\": \"*\"}}", "$.Statement.Effect", "is missing"),
        Arguments.of("both Action and NotAction", "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"NotAction\": \"s3:*\", \"Resource\": \"*\"}}", "$.Statement", "exactly one of Action and NotAction"),
        Arguments.of("no Action", "{\"Statement\": {\"Effect\": \"Deny\", \"Resource\": \"*\"}}", "$.Statement", "exactly one of Action and NotAction"),
        Arguments.of("no Resource", "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\"}}", "$.Statement", "exactly one of Resource and NotResource"),
        Arguments.of("an action without prefix", "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"DeleteObject\", \"Resource\": \"*\"}}", "$.Statement.Action", "is not an action"),
        Arguments.of("a CLI name as action", "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": [\"s3:GetObject\", \"aws s3api delete-object\"], \"Resource\": \"*\"}}", "$.Statement.Action[1]", "is not an action"),
        Arguments.of("an empty Action array", "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": [], \"Resource\": \"*\"}}", "$.Statement.Action", "empty array"),
        Arguments.of("a number as action", "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": 3, \"Resource\": \"*\"}}", "$.Statement.Action", "must be a string"),
        Arguments.of("a resource that is no ARN", "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"my-bucket\"}}", "$.Statement.Resource", "is not a resource"),
        Arguments.of("a Principal", "{\"Statement\": {\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}}", "$.Statement", "Principal and NotPrincipal are not supported"),
        Arguments.of("a NotPrincipal", "{\"Statement\": {\"Effect\": \"Deny\", \"NotPrincipal\": {\"AWS\": \"x\"}, \"Action\": \"*\", \"Resource\": \"*\"}}", "$.Statement", "Principal and NotPrincipal are not supported"),
        Arguments.of("an unknown statement element", "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\", \"Conditions\": {}}}", "$.Statement.Conditions", "unknown element"),
        Arguments.of("a duplicate Sid", "{\"Statement\": [{\"Sid\": \"A\", \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}, {\"Sid\": \"A\", \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}]}", "$.Statement[1].Sid", "used by two statements"),
        Arguments.of("an unknown condition operator", condition("{\"StringEqual\": {\"aws:RequestedRegion\": \"x\"}}"), "$.Statement.Condition.StringEqual.aws:RequestedRegion", "unknown condition operator \"StringEqual\""),
        Arguments.of("an unsupported condition operator", condition("{\"IpAddress\": {\"aws:SourceIp\": \"10.0.0.0/8\"}}"), "$.Statement.Condition.IpAddress.aws:SourceIp", "not supported by the guard"),
        Arguments.of("NullIfExists", condition("{\"NullIfExists\": {\"awsmcp:Profile\": \"true\"}}"), "$.Statement.Condition.NullIfExists.awsmcp:Profile", "neither IfExists"),
        Arguments.of("a Bool that is no boolean", condition("{\"Bool\": {\"aws:ViaAWSMCPService\": \"yes\"}}"), "$.Statement.Condition.Bool.aws:ViaAWSMCPService", "expected \"true\" or \"false\""),
        Arguments.of("a Numeric that is no number", condition("{\"NumericLessThan\": {\"test:N\": [\"1\", \"ten\"]}}"), "$.Statement.Condition.NumericLessThan.test:N[1]", "expected a number"),
        Arguments.of("a Date that is no date", condition("{\"DateLessThan\": {\"aws:CurrentTime\": \"tomorrow\"}}"), "$.Statement.Condition.DateLessThan.aws:CurrentTime", "expected an ISO 8601 date"),
        Arguments.of("an empty condition block", condition("{}"), "$.Statement.Condition", "object of condition operators"),
        Arguments.of("an operator without keys", condition("{\"Bool\": {}}"), "$.Statement.Condition.Bool", "object of condition keys"),
        Arguments.of("an object as condition value", condition("{\"StringEquals\": {\"k\": {\"a\": 1}}}"), "$.Statement.Condition.StringEquals.k", "string, number or boolean"),
        Arguments.of("an empty value array", condition("{\"StringEquals\": {\"k\": []}}"), "$.Statement.Condition.StringEquals.k", "empty array"),
        Arguments.of("an unterminated policy variable", "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"arn:aws:s3:::${aws:username\"}}", "$.Statement.Resource", "unterminated policy variable"),
        Arguments.of("an unquoted variable default", "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"arn:aws:s3:::${aws:username, x}\"}}", "$.Statement.Resource", "must be quoted"));
  }

  private static String condition(String block) {
    return "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\", \"Condition\": " + block + "}}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedPolicyIsRefusedNamingWhere(String name, String json, String path, String fragment) {
    GuardPolicyException e = assertThrows(GuardPolicyException.class, () -> PolicyParser.parse("bad.json", json));
    assertEquals("bad.json", e.policyId());
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.getMessage().startsWith("guard policy \"bad.json\": " + path + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  @Test
  void aStatementObjectAndAMissingVersionAreAccepted() {
    PolicyDocument doc = PolicyParser.parse("one", "{\"Statement\": " + OK_STATEMENT + "}");
    assertEquals("2008-10-17", doc.version());
    assertEquals(1, doc.statements().size());
  }

  @Test
  void scalarsAndArraysAreBothAccepted() {
    PolicyDocument doc = PolicyParser.parse("many", """
        {"Version": "2012-10-17", "Id": "guard", "Statement": [
          {"Sid": "One", "Effect": "Allow", "Action": ["s3:Get*", "s3:List*"], "Resource": ["arn:aws:s3:::a", "arn:aws:s3:::a/*"],
           "Condition": {"ForAnyValue:StringLikeIfExists": {"test:Tags": ["a*", "b"]}, "NumericLessThan": {"test:N": 3}}},
          {"Effect": "Deny", "NotAction": "iam:*", "NotResource": "*"}]}""");
    Statement first = doc.statements().get(0);
    assertEquals(2, first.actions().size());
    assertEquals(2, first.resources().size());
    assertEquals(2, first.conditions().size());
    Condition like = first.conditions().get(0);
    assertEquals(Condition.Qualifier.FOR_ANY_VALUE, like.qualifier());
    assertTrue(like.ifExists());
    assertEquals(ConditionOperator.STRING_LIKE, like.operator());
    Statement second = doc.statements().get(1);
    assertTrue(second.notAction() && second.notResource());
    assertEquals("statement 1", second.label());
  }
}
