package dev.awsmcp.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The corpus's sentence vectors, searched by brute force: one dot product per operation
 * (18,000 × 384 floats, about 28 MB and a few milliseconds per query), which is exact and needs
 * no index structure. Vectors have unit length, so the dot product is the cosine. Immutable.
 */
final class VectorIndex {
  private final float[] vectors;
  private final int dimensions;
  private final int count;

  VectorIndex(float[] vectors, int dimensions) {
    if (vectors.length % dimensions != 0) {
      throw new IllegalArgumentException("vectors of " + dimensions + " floats expected");
    }
    this.vectors = vectors;
    this.dimensions = dimensions;
    this.count = vectors.length / dimensions;
  }

  int size() {
    return count;
  }

  /** The {@code n} documents closest to the query vector, closest first. */
  Ranking search(float[] query, int n) {
    PriorityQueue<float[]> best = new PriorityQueue<>(n + 1, (a, b) -> Float.compare(a[0], b[0]));
    for (int doc = 0; doc < count; doc++) {
      float cosine = dot(query, doc * dimensions);
      if (best.size() < n) {
        best.add(new float[] {cosine, doc});
      } else if (cosine > best.peek()[0]) {
        best.poll();
        best.add(new float[] {cosine, doc});
      }
    }
    List<float[]> sorted = new ArrayList<>(best);
    sorted.sort((a, b) -> Float.compare(b[0], a[0]));
    List<Integer> ids = new ArrayList<>(sorted.size());
    float[] scores = new float[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      ids.add((int) sorted.get(i)[1]);
      scores[i] = sorted.get(i)[0];
    }
    return new Ranking(ids, scores);
  }

  private float dot(float[] query, int offset) {
    float sum = 0;
    for (int i = 0; i < dimensions; i++) {
      sum += query[i] * vectors[offset + i];
    }
    return sum;
  }
}
