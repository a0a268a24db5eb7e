package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuggestVectorIndexTests {
  @Test
  void ranksDocumentsByTheirClosestSentenceAsAPlainDotProductWould() {
    for (int dimensions : new int[] {384, 7, 1}) {
      Random random = new Random(dimensions);
      int sentences = 500;
      int documents = 120;
      float[] vectors = new float[sentences * dimensions];
      int[] owners = new int[sentences];
      for (int s = 0; s < sentences; s++) {
        owners[s] = random.nextInt(documents - 1); // the last document has no sentence
        for (int i = 0; i < dimensions; i++) {
          vectors[s * dimensions + i] = (float) random.nextGaussian();
        }
      }
      float[] query = new float[dimensions];
      for (int i = 0; i < dimensions; i++) {
        query[i] = (float) random.nextGaussian();
      }
      double[] closest = new double[documents];
      java.util.Arrays.fill(closest, Double.NEGATIVE_INFINITY);
      for (int s = 0; s < sentences; s++) {
        double dot = 0;
        for (int i = 0; i < dimensions; i++) {
          dot += (double) query[i] * vectors[s * dimensions + i];
        }
        closest[owners[s]] = Math.max(closest[owners[s]], dot);
      }
      List<Integer> expected = new ArrayList<>();
      for (int d = 0; d < documents; d++) {
        if (closest[d] != Double.NEGATIVE_INFINITY) {
          expected.add(d);
        }
      }
      expected.sort(Comparator.comparingDouble(d -> -closest[d]));

      Ranking ranking = new VectorIndex(vectors, dimensions, owners, documents).search(query, 10);

      assertEquals(expected.subList(0, 10), ranking.ids(), dimensions + " dimensions");
      for (int i = 0; i < 10; i++) {
        assertEquals(closest[ranking.ids().get(i)], ranking.scores()[i], 1e-3, "score of rank " + i);
      }
      assertEquals(expected.size(), new VectorIndex(vectors, dimensions, owners, documents).search(query, 1000).size(),
          "a document without sentences is not ranked");
    }
  }

  @Test
  void refusesVectorsThatDoNotMatchTheOwners() {
    assertThrows(IllegalArgumentException.class, () -> new VectorIndex(new float[10], 4, new int[2], 2));
    assertThrows(IllegalArgumentException.class, () -> new VectorIndex(new float[8], 4, new int[3], 2));
  }
}
