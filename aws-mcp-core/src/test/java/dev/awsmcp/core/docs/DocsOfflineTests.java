package dev.awsmcp.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.DocsClient;
import dev.awsmcp.api.docs.DocsPage;
import dev.awsmcp.api.docs.DocsResult;
import dev.awsmcp.api.docs.DocsSource;
import dev.awsmcp.api.docs.SearchHit;
import dev.awsmcp.api.docs.SearchHits;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.TestEngines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no network, answers come from the installed botocore models. */
class DocsOfflineTests {
  @TempDir static Path cache;
  private static DocsClient offline;

  @BeforeAll
  static void build() {
    offline = DocsClients.builder().models(TestEngines.botocore().cliServices()).cacheDirectory(cache).offline(true).build();
  }

  @Test
  void searchFindsOperationsInTheModelsDocumentation() {
    DocsResult<SearchHits> r = offline.search("send a message to a queue", 10, dev.awsmcp.api.docs.SearchFilters.none());
    assertEquals(Optional.of(DocsSource.OFFLINE_MODELS), r.source());
    assertTrue(r.value().orElseThrow().hits().stream().map(SearchHit::url).anyMatch("aws sqs send-message"::equals),
        () -> r.value().orElseThrow().hits().toString());
  }

  @Test
  void searchAlsoFindsAnOperationByWhatItsParametersAndFieldsAreDocumentedAs() {
    // "visibility timeout" and "receipt handle" are documented on the members of
    // ChangeMessageVisibility's input, not in the operation's own text.
    DocsResult<SearchHits> r = offline.search("ReceiptHandle VisibilityTimeout", 10, dev.awsmcp.api.docs.SearchFilters.none());
    assertTrue(r.value().orElseThrow().hits().stream().map(SearchHit::url).anyMatch("aws sqs change-message-visibility"::equals),
        () -> r.value().orElseThrow().hits().toString());
  }

  @Test
  void anOperationsReferencePageIsWrittenFromTheModel() {
    DocsResult<DocsPage> r = offline.read("aws sqs send-message", 0, 100_000);
    assertEquals(Optional.of(DocsSource.OFFLINE_MODELS), r.source());
    String md = r.value().orElseThrow().markdown();
    assertTrue(md.startsWith("# aws sqs send-message\n"), md);
    assertTrue(md.contains("### --queue-url\n\nstring, required."), md);
    assertTrue(md.contains("### --delay-seconds\n\ninteger, optional."), md);
    assertTrue(md.contains("### --message-attributes\n\nmap of string to structure, optional."), md);
    assertTrue(md.contains("## Output"), md);
    assertTrue(md.contains("### MessageId"), md);
  }

  @Test
  void constraintsFromTheModelAreListed() {
    String md = offline.read("aws iam create-user", 0, 100_000).value().orElseThrow().markdown();
    assertTrue(md.contains("### --user-name\n\nstring, required. Constraints: length 1..64; pattern"), md);
  }

  @Test
  void unknownServicesAndOperationsAreNotFound() {
    assertEquals(ErrorCode.DOCS_NOT_FOUND, offline.read("aws nosuchservice list-things").error().orElseThrow().code());
    assertEquals(ErrorCode.DOCS_NOT_FOUND, offline.read("aws sqs send-a-pigeon").error().orElseThrow().code());
  }

  @Test
  void withTheNetworkRefusedSearchFallsBackToTheModels() {
    DocsClient unreachable = DocsClients.builder()
        .endpoints(DocsEndpoints.at(DocsPeer.refusingOrigin()))
        .models(TestEngines.botocore().cliServices())
        .cacheDirectory(cache.resolve("unreachable"))
        .timeout(Duration.ofSeconds(2))
        .build();
    DocsResult<SearchHits> r = unreachable.search("create an iam user");
    assertEquals(Optional.of(DocsSource.OFFLINE_MODELS), r.source());
    assertTrue(r.value().orElseThrow().hits().stream().map(SearchHit::url).anyMatch("aws iam create-user"::equals),
        () -> r.value().orElseThrow().hits().toString());
    assertEquals(ErrorCode.CONNECTION_FAILED,
        unreachable.read("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html").error().orElseThrow().code());
  }
}
