package dev.awsmcp.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The corpus's sentence vectors, searched by brute force: one dot product per sentence
 * (about 24,600 × 384 floats, 38 MB and a few milliseconds per query), which is exact and needs
 * no index structure. Vectors have unit length, so the dot product is the cosine. An operation
 * with several sentences scores its best one. Immutable.
 */
final class VectorIndex {
  private final float[] vectors;
  private final int dimensions;
  private final int count;
  private final int[] owners;
  private final int documents;

  /**
   * @param vectors the sentence vectors, one after the other
   * @param owners for each sentence, its document's number
   * @param documents how many documents there are
   */
  VectorIndex(float[] vectors, int dimensions, int[] owners, int documents) {
    if (vectors.length % dimensions != 0 || vectors.length / dimensions != owners.length) {
      throw new IllegalArgumentException("one vector of " + dimensions + " floats per sentence expected");
    }
    this.vectors = vectors;
    this.dimensions = dimensions;
    this.count = owners.length;
    this.owners = owners.clone();
    this.documents = documents;
  }

  /** The {@code n} documents closest to the query vector (by their closest sentence), closest first. */
  Ranking search(float[] query, int n) {
    float[] closest = new float[documents];
    java.util.Arrays.fill(closest, Float.NEGATIVE_INFINITY);
    for (int sentence = 0; sentence < count; sentence++) {
      float cosine = dot(query, sentence * dimensions);
      int doc = owners[sentence];
      if (cosine > closest[doc]) {
        closest[doc] = cosine;
      }
    }
    PriorityQueue<float[]> best = new PriorityQueue<>(n + 1, (a, b) -> Float.compare(a[0], b[0]));
    for (int doc = 0; doc < documents; doc++) {
      float cosine = closest[doc];
      if (cosine == Float.NEGATIVE_INFINITY) {
        continue;
      }
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
