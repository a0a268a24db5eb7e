package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SuggestEverydayTermsTests {
  private final EverydayTerms terms = EverydayTerms.load();

  @Test
  void phrasesAddTheWordsAwsUsesForThem() {
    assertEquals("ec2 instance instance", terms.awsWordsFor("Reboot the Virtual Machine"));
    assertEquals("ebs volume", terms.awsWordsFor("attach a disk"));
  }

  @Test
  void phrasesMatchOnlyAsWholeWords() {
    assertEquals("", terms.awsWordsFor("deploy serverless-express with vmware"));
    assertEquals("", terms.awsWordsFor("list diskette drives"));
  }
}
