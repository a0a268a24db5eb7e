package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.suggest.RequiredParameter;
import dev.awsmcp.api.suggest.SuggestResult;
import dev.awsmcp.api.suggest.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Searches of the full hybrid suggester over python's botocore. */
class SuggestSearchTests {
  private final OfflineCommandSuggester suggester = SuggestTestIndex.suggester();

  @Test
  void aRequestInTheOperationsOwnWordsFindsItFirst() {
    SuggestResult result = suggester.suggest("describe ec2 instances", 5);
    assertTrue(result.semanticReady());
    assertEquals("aws ec2 describe-instances", result.best().command(), result.toString());
  }

  @Test
  void suggestionsCarryDescriptionsAndRequiredParametersWithTypes() {
    Suggestion stop = suggester.suggest("stop ec2 instances", 5).suggestions().stream()
        .filter(s -> s.command().equals("aws ec2 stop-instances"))
        .findFirst()
        .orElseThrow();
    assertTrue(stop.description().startsWith("Stops an Amazon EBS-backed instance"), stop.description());
    assertEquals(List.of(new RequiredParameter("--instance-ids", "list<string>")), stop.requiredParameters());
  }

  @Test
  void highLevelCommandsAreSuggestedWithTheirRequiredArguments() {
    Suggestion cp = suggester.suggest("copy a local file into an s3 bucket", 5).suggestions().stream()
        .filter(s -> s.command().equals("aws s3 cp"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(suggester.suggest("copy a local file into an s3 bucket", 5).toString()));
    assertTrue(cp.description().startsWith("Copies a local file or S3 object"), cp.description());
    assertTrue(cp.description().endsWith(OfflineCommandSuggester.HIGH_LEVEL_NOTE), "call_aws cannot run it: " + cp.description());
    assertEquals(List.of(new RequiredParameter("paths", "list<string>")), cp.requiredParameters());
    assertEquals(List.of(new RequiredParameter("--name", "string")),
        suggester.suggest("eks update-kubeconfig", 1).best().requiredParameters());
  }

  @Test
  void scoresAreBestFirstAndAtMostOne() {
    List<Suggestion> s = suggester.suggest("create a dynamodb table", 10).suggestions();
    assertEquals(10, s.size());
    for (int i = 1; i < s.size(); i++) {
      assertTrue(s.get(i - 1).score() >= s.get(i).score());
    }
    assertTrue(s.get(0).score() <= 1.0);
  }
}
