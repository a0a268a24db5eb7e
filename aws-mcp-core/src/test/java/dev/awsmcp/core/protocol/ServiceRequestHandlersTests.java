package dev.awsmcp.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServiceRequestHandlersTests {

  @Test
  void theTreeHashOfOneChunkIsItsSha256() {
    byte[] hello = "hello world".getBytes(StandardCharsets.UTF_8);
    String sha = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";
    assertEquals(sha, GlacierTreeHash.linearHash(hello));
    assertEquals(sha, GlacierTreeHash.treeHash(hello));
  }

  @Test
  void theTreeHashCombinesMebibyteChunksPairwise() {
    // Three chunks: the third is carried up a level unpaired, then combined with the first pair.
    // The expected value was computed with Python's hashlib following Glacier's documentation.
    byte[] body = new byte[2 * 1024 * 1024 + 5];
    assertEquals("bb0a7fe764e72fa5c4fe8dd62c57ea7249ff96a4091eed16311d0249c0ad9a6f", GlacierTreeHash.treeHash(body));
  }
}
