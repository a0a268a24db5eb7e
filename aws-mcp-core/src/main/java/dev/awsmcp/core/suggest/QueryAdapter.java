package dev.awsmcp.core.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Moves a request's sentence vector towards the operations people mean by such words before the
 * semantic search: {@code q' = unit(q + (q U) Vᵀ)}, a low-rank correction learned from labelled
 * requests ({@code tools/suggest/train_query_adapter.py}, docs/suggest.md). MiniLM places "list
 * my virtual machines" near Backup Gateway's virtual machines; the adapter has learned from
 * requests like it which directions of the space AWS users mean by such words. Only requests
 * move: the index's vectors are the model's, so the cache does not depend on the adapter.
 * Immutable and thread-safe.
 */
final class QueryAdapter {
  static final String RESOURCE = "query-adapter.f32";
  private static final byte[] MAGIC = "AWSMCPQA".getBytes(StandardCharsets.US_ASCII);

  private final int dimensions;
  private final int rank;
  /** U, row-major: {@code dimensions × rank}. */
  private final float[] u;
  /** V, row-major: {@code dimensions × rank}. */
  private final float[] v;

  QueryAdapter(int dimensions, int rank, float[] u, float[] v) {
    if (dimensions <= 0 || rank <= 0 || u.length != dimensions * rank || v.length != dimensions * rank) {
      throw new IllegalArgumentException("adapter matrices must be " + dimensions + " x " + rank);
    }
    this.dimensions = dimensions;
    this.rank = rank;
    this.u = u.clone();
    this.v = v.clone();
  }

  /** The adapter shipped with the suggester, for {@link SentenceEmbedder#DIMENSIONS}-dimensional vectors. */
  static QueryAdapter load() {
    try (InputStream in = QueryAdapter.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the format the training script writes: magic, dimensions and rank (little-endian ints), U, V. */
  static QueryAdapter read(byte[] bytes) {
    if (bytes.length < MAGIC.length + 8) {
      throw new IllegalArgumentException("not a query adapter: " + bytes.length + " bytes");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[MAGIC.length];
    buf.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IllegalArgumentException("not a query adapter: bad magic");
    }
    int dimensions = buf.getInt();
    int rank = buf.getInt();
    if (dimensions <= 0 || rank <= 0 || buf.remaining() != 2L * dimensions * rank * Float.BYTES) {
      throw new IllegalArgumentException("query adapter of " + dimensions + " x " + rank + " has "
          + buf.remaining() + " bytes of matrices");
    }
    float[] u = new float[dimensions * rank];
    float[] v = new float[dimensions * rank];
    buf.asFloatBuffer().get(u).get(v);
    return new QueryAdapter(dimensions, rank, u, v);
  }

  int dimensions() {
    return dimensions;
  }

  /** The moved vector, unit length; {@code query} is not changed. */
  float[] apply(float[] query) {
    if (query.length != dimensions) {
      throw new IllegalArgumentException("a " + query.length + "-dimensional vector for a " + dimensions + "-dimensional adapter");
    }
    double[] projected = new double[rank];
    for (int i = 0; i < dimensions; i++) {
      float q = query[i];
      int row = i * rank;
      for (int r = 0; r < rank; r++) {
        projected[r] += q * u[row + r];
      }
    }
    float[] moved = new float[dimensions];
    double norm = 0;
    for (int i = 0; i < dimensions; i++) {
      double x = query[i];
      int row = i * rank;
      for (int r = 0; r < rank; r++) {
        x += projected[r] * v[row + r];
      }
      moved[i] = (float) x;
      norm += x * x;
    }
    if (norm == 0) {
      return query.clone();
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < dimensions; i++) {
      moved[i] *= scale;
    }
    return moved;
  }
}
