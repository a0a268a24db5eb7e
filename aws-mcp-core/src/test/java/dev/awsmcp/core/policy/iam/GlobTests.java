package dev.awsmcp.core.policy.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTests {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
      "s3:*, s3:GetObject, true",
      "s3:Get*, s3:GetObject, true",
      "s3:get*, S3:GETOBJECT, true",
      "s3:Get*, s3:PutObject, false",
      "*, ec2:TerminateInstances, true",
      "ec2:*Instances, ec2:TerminateInstances, true",
      "ec2:?erminateInstances, ec2:TerminateInstances, true",
      "ec2:?erminateInstances, ec2:XXerminateInstances, false",
      "s3:GetObject, s3:GetObjectAcl, false",
      "s3:Get.bject, s3:GetObject, false",
  })
  void actionsMatchIgnoringCase(String pattern, String action, boolean matches) {
    assertEquals(matches, Glob.of(pattern, true).matches(action));
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
      "arn:aws:s3:::bucket/*, arn:aws:s3:::bucket/a/b.txt, true",
      "arn:aws:s3:::bucket/*, arn:aws:s3:::Bucket/a, false",
      "arn:aws:s3:::bucket, arn:aws:s3:::bucket/a, false",
      "arn:aws:s3:::b?cket, arn:aws:s3:::bucket, true",
      "arn:aws:dynamodb:*:*:table/prod-*, arn:aws:dynamodb:eu-west-1:*:table/prod-orders, true",
      "arn:aws:s3:::bucket/(a|b), arn:aws:s3:::bucket/a, false",
  })
  void resourcesMatchRespectingCase(String pattern, String arn, boolean matches) {
    assertEquals(matches, Glob.of(pattern, false).matches(arn));
  }

  @Test
  void onlyStarPatternsMatchEverything() {
    assertTrue(Glob.of("*", false).matchesEverything());
    assertTrue(Glob.of("**", false).matchesEverything());
    assertFalse(Glob.of("arn:*", false).matchesEverything());
    assertFalse(Glob.builder(false).literal("*").build().matchesEverything());
  }

  @Test
  void literalPartsAreNotWildcards() {
    Glob glob = Glob.builder(false).wildcards("arn:aws:s3:::").literal("b*").wildcards("/*").build();
    assertTrue(glob.matches("arn:aws:s3:::b*/key"));
    assertFalse(glob.matches("arn:aws:s3:::bucket/key"));
  }

  @ParameterizedTest(name = "{0} covers every value under {1}: {2}")
  @CsvSource({
      "arn:aws:s3:::b/*, arn:aws:s3:::b/logs/, true",
      "arn:aws:s3:::b/log*, arn:aws:s3:::b/logs/, true",
      "arn:aws:s3:::b/logs/*, arn:aws:s3:::b/, false",
      "arn:aws:s3:::*/x*, arn:aws:s3:::b/, false",
      "arn:aws:s3:::b/logs/a, arn:aws:s3:::b/logs/, false",
  })
  void aTrailingStarCoversEveryValueUnderAPrefix(String pattern, String prefix, boolean covers) {
    assertEquals(covers, Glob.of(pattern, false).matchesEveryValueStartingWith(prefix));
  }

  @ParameterizedTest(name = "{0} may match a value under {1}: {2}")
  @CsvSource({
      "arn:aws:s3:::b/secret/*, arn:aws:s3:::b/, true",
      "arn:aws:s3:::b/secret/*, arn:aws:s3:::b/secret/x/, true",
      "arn:aws:s3:::c/*, arn:aws:s3:::b/, false",
      "arn:aws:s3:::b/secret/a, arn:aws:s3:::b/public/, false",
      "arn:aws:s3:::b/?ecret, arn:aws:s3:::b/, true",
  })
  void aPrefixMayReachAPattern(String pattern, String prefix, boolean may) {
    assertEquals(may, Glob.of(pattern, false).mayMatchSomeValueStartingWith(prefix));
  }
}
