package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SuggestQueryAdapterTests {
  @Test
  void movesAVectorByTheLowRankCorrectionAndKeepsItUnitLength() {
    // U picks the first coordinate, V writes it into the second: (1, 0) → (1, 1) → unit.
    QueryAdapter adapter = new QueryAdapter(2, 1, new float[] {1, 0}, new float[] {0, 1});
    float[] moved = adapter.apply(new float[] {1, 0});
    float h = (float) Math.sqrt(0.5);
    assertArrayEquals(new float[] {h, h}, moved, 1e-6f);
    assertArrayEquals(new float[] {0, 1}, adapter.apply(new float[] {0, 1}), 1e-6f, "orthogonal to U: unchanged");
  }

  @Test
  void doesNotChangeItsInput() {
    QueryAdapter adapter = new QueryAdapter(2, 1, new float[] {1, 0}, new float[] {0, 1});
    float[] query = {1, 0};
    adapter.apply(query);
    assertArrayEquals(new float[] {1, 0}, query);
  }

  @Test
  void readsTheFormatTheTrainingScriptWrites() {
    QueryAdapter adapter = QueryAdapter.read(bytes("AWSMCPQA", 2, 1, 1, 0, 0, 1));
    assertArrayEquals(new float[] {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)}, adapter.apply(new float[] {1, 0}), 1e-6f);
  }

  @Test
  void refusesAFileThatIsNotAnAdapterOrIsCut() {
    assertThrows(IllegalArgumentException.class, () -> QueryAdapter.read(bytes("NOTADAPT", 2, 1, 1, 0, 0, 1)));
    assertThrows(IllegalArgumentException.class, () -> QueryAdapter.read(bytes("AWSMCPQA", 2, 1, 1, 0, 0)));
    assertThrows(IllegalArgumentException.class, () -> QueryAdapter.read(new byte[3]));
    assertThrows(IllegalArgumentException.class, () -> new QueryAdapter(2, 1, new float[] {1, 0}, new float[] {0, 1}).apply(new float[3]));
  }

  @Test
  void theShippedAdapterFitsTheModelsVectors() {
    QueryAdapter adapter = QueryAdapter.load();
    assertEquals(SentenceEmbedder.DIMENSIONS, adapter.dimensions());
    float[] query = new float[SentenceEmbedder.DIMENSIONS];
    query[7] = 1;
    float[] moved = adapter.apply(query);
    double norm = 0;
    for (float x : moved) {
      norm += x * x;
    }
    assertEquals(1.0, norm, 1e-5);
    assertTrue(moved[7] < 1, "the shipped adapter moves vectors");
  }

  private static byte[] bytes(String magic, int dimensions, int rank, float... values) {
    ByteBuffer buf = ByteBuffer.allocate(8 + 8 + values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.put(magic.getBytes(StandardCharsets.US_ASCII)).putInt(dimensions).putInt(rank);
    for (float v : values) {
      buf.putFloat(v);
    }
    return buf.array();
  }
}
