package dev.awsmcp.core.suggest;

import dev.awsmcp.core.model.ModelSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * Names the cached index of one models version: a fingerprint of every model source (kind,
 * location, version, service names) and of the CLI example pages and high-level command descriptions, together with {@link #VERSION}, so new models or a new
 * index recipe (corpus fields, embedding text, embedding model) get an index of their own.
 */
final class SuggestIndexFormat {
  /**
   * Bumped whenever what is cached changes meaning: the corpus fields or summary rules, the
   * {@link EmbeddingText} or {@link EmbeddedSentences} recipe, the embedding model, the file layout.
   */
  static final int VERSION = 4;

  private SuggestIndexFormat() {}

  /** The folder name of the index of these sources: {@code v<VERSION>-<16 hex digits>}. */
  static String fingerprint(List<ModelSource> sources, CliExampleTitles examples) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, "format " + VERSION + " " + SentenceEmbedder.MODEL_ID + " examples " + examples.digest()
          + " high-level " + CliHighLevelDescriptions.load().digest());
      for (ModelSource source : sources) {
        update(sha, source.kind());
        update(sha, source.location());
        update(sha, source.version().orElse("?"));
        update(sha, String.join(",", new TreeSet<>(source.serviceNames())));
      }
      return "v" + VERSION + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }
}
