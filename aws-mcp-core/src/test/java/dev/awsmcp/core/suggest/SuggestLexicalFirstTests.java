package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.suggest.SuggestResult;
import dev.awsmcp.core.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before its vectors exist, the suggester answers from the lexical half and says so. */
class SuggestLexicalFirstTests {
  @TempDir
  Path cache;

  @Test
  void withoutVectorsTheAnswersAreLexicalAndMarkedSo() throws Exception {
    // The shared index's corpus, but no vectors: the semantic half would have to embed everything.
    SuggestTestIndex.suggester();
    String fingerprint = SuggestIndexFormat.fingerprint(
        TestEngines.botocore().catalog().sources(), CliExampleTitles.load());
    Path shared = SuggestTestIndex.CACHE.resolve(fingerprint);
    Files.createDirectories(cache.resolve(fingerprint));
    Files.copy(shared.resolve("operations.jsonl"), cache.resolve(fingerprint).resolve("operations.jsonl"));
    try (OfflineCommandSuggester lexicalFirst =
        OfflineCommandSuggester.start(TestEngines.botocore().cliServices(), cache, null)) {
      SuggestResult r = lexicalFirst.suggest("describe ec2 instances", 5);
      assertTrue(r.isSuccess(), r.toString());
      assertFalse(r.semanticReady());
      assertTrue(r.suggestions().stream().anyMatch(s -> s.command().equals("aws ec2 describe-instances")), r.toString());
      lexicalFirst.close();
      assertFalse(lexicalFirst.awaitSemantic(Duration.ofMinutes(2)));
    }
    assertFalse(Files.exists(cache.resolve(fingerprint).resolve("vectors.f32")));
  }

}
