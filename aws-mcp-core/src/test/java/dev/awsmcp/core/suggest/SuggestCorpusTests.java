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
  void theHighLevelCommandsTheEngineParsesAreThereWithTheCliDescriptions() {
    OperationDocument cp = find("s3", "cp");
    assertTrue(cp.highLevel());
    assertEquals("copy", cp.operationWords());
    assertEquals("create bucket", find("s3", "mb").operationWords());
    assertTrue(cp.summary().startsWith("Copies a local file or S3 object"), cp.summary());
    assertEquals("Amazon Simple Storage Service", cp.serviceTitle());
    assertEquals(find("s3api", "list-buckets").serviceKey(), cp.serviceKey());
    assertTrue(cp.parameterNames().contains("paths"), cp.parameterNames());
    for (String command : List.of("s3 ls", "s3 sync", "s3 mv", "s3 rm", "s3 rb", "s3 presign", "s3 website",
        "cloudformation deploy", "cloudformation package", "eks update-kubeconfig", "ecr get-login-password",
        "rds generate-db-auth-token")) {
      assertTrue(find(command.split(" ")[0], command.split(" ")[1]).highLevel(), command);
    }
    // Not offered: waiters, the refused top-level configure, and names that are API operations already.
    assertTrue(CORPUS.stream().noneMatch(d -> d.cliOperation().equals("wait") || d.cliService().equals("configure")));
    assertTrue(!find("emr", "describe-cluster").highLevel());
    assertTrue(CORPUS.stream().filter(OperationDocument::highLevel).count() >= 40);
  }

  @Test
  void exampleDescriptionsAreTheFirstSentenceUnderEachTitle() {
    List<String> descriptions = find("dynamodb", "create-table").descriptionList();
    assertTrue(descriptions.get(0).startsWith("uses the specified attributes and key schema to create a table"), descriptions.toString());
    assertTrue(descriptions.size() <= EmbeddedSentences.TITLES_PER_OPERATION);
  }

  @Test
  void parameterNamesAreWords() {
    assertTrue(find("ec2", "stop-instances").parameterNames().contains("instance ids"));
  }
}
