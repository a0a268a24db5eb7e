package dev.awsmcp.core.suggest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index of one models version on disk, in {@code <cache root>/<fingerprint>/}:
 * {@code operations.jsonl} (the corpus, one JSON object per line) and {@code vectors.f32}
 * (a header, then each {@link EmbeddedSentences} sentence's vector as little-endian floats, in order). Each file is
 * written to a temporary name and moved into place atomically, so a reader sees a whole file or
 * none, and concurrent builders (two servers starting) simply both write the same content.
 * A file that does not match (another count, model, or a truncated write) reads as absent.
 */
final class SuggestIndexCache {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAGIC = 0x41574d53; // "AWMS"

  private final Path folder;

  SuggestIndexCache(Path root, String fingerprint) {
    this.folder = root.resolve(fingerprint);
  }

  Path folder() {
    return folder;
  }

  Optional<List<OperationDocument>> readCorpus() {
    Path file = folder.resolve("operations.jsonl");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<OperationDocument> corpus = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        corpus.add(JSON.readValue(line, OperationDocument.class));
      }
      return Optional.of(List.copyOf(corpus));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void writeCorpus(List<OperationDocument> corpus) {
    write("operations.jsonl", tmp -> {
      try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (OperationDocument d : corpus) {
          out.write(JSON.writeValueAsString(d));
          out.write('\n');
        }
      }
    });
  }

  /** The vectors of {@code count} sentences, if cached for this embedding model. */
  Optional<float[]> readVectors(int count) {
    Path file = folder.resolve("vectors.f32");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      if (in.readInt() != MAGIC || !in.readUTF().equals(SentenceEmbedder.MODEL_ID)
          || in.readInt() != count || in.readInt() != SentenceEmbedder.DIMENSIONS) {
        return Optional.empty();
      }
      byte[] bytes = in.readNBytes(count * SentenceEmbedder.DIMENSIONS * Float.BYTES);
      if (bytes.length != count * SentenceEmbedder.DIMENSIONS * Float.BYTES) {
        return Optional.empty();
      }
      float[] vectors = new float[count * SentenceEmbedder.DIMENSIONS];
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vectors);
      return Optional.of(vectors);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  void writeVectors(float[] vectors) {
    write("vectors.f32", tmp -> {
      try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
        out.writeInt(MAGIC);
        out.writeUTF(SentenceEmbedder.MODEL_ID);
        out.writeInt(vectors.length / SentenceEmbedder.DIMENSIONS);
        out.writeInt(SentenceEmbedder.DIMENSIONS);
        ByteBuffer bytes = ByteBuffer.allocate(vectors.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vectors);
        out.write(bytes.array());
      }
    });
  }

  private interface FileWriter {
    void writeTo(Path tmp) throws IOException;
  }

  private void write(String name, FileWriter writer) {
    try {
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, name, ".tmp");
      try {
        writer.writeTo(tmp);
        try {
          Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the suggest index to " + folder, e);
    }
  }
}
