package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The operation corpus read from python's botocore models. */
class SuggestCorpusTests {
  private static final List<OperationDocument> CORPUS = SuggestTestIndex.corpus();

  private static OperationDocument find(String service, String operation) {
    return CORPUS.stream()
        .filter(d -> d.cliService().equals(service) && d.cliOperation().equals(operation))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + service + " " + operation));
  }

  @Test
  void everyOperationOfEveryServiceIsThereOnce() {
    assertTrue(CORPUS.size() > 15_000, "only " + CORPUS.size());
    Set<String> commands = new HashSet<>();
    for (OperationDocument d : CORPUS) {
      assertTrue(commands.add(d.command()), "twice: " + d.command());
    }
    assertTrue(CORPUS.stream().map(OperationDocument::cliService).distinct().count() > 400);
  }

  @Test
  void servicesGoByTheirCliNamesAndKeepTheirOtherNamesAsAliases() {
    OperationDocument listBuckets = find("s3api", "list-buckets");
    assertEquals("Amazon Simple Storage Service", listBuckets.serviceTitle());
    assertTrue(listBuckets.serviceAliases().contains("s3"), listBuckets.serviceAliases());
    assertTrue(find("configservice", "describe-config-rules").serviceAliases().contains("config"));
  }

  @Test
  void summariesArePlainTextOpeningsOfTheDocumentation() {
    String summary = find("ec2", "describe-instances").summary();
    assertTrue(summary.startsWith("Describes the specified instances or all instances."), summary);
    assertTrue(summary.length() <= OperationCorpus.SUMMARY_CHARS + 1, summary);
    assertTrue(CORPUS.stream().filter(d -> d.summary().contains("<p>")).count() < 10, "HTML left in summaries");
  }

  @Test
  void parameterNamesAreWords() {
    assertTrue(find("ec2", "stop-instances").parameterNames().contains("instance ids"));
  }
}
