package dev.awsmcp.core.protocol;

import dev.awsmcp.core.model.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses request bodies of operations that accept it ({@code requestcompression}), as
 * botocore does: gzip, only for bodies of at least {@link #MIN_SIZE} bytes (botocore's default
 * {@code request_min_compression_size_bytes}), with {@code gzip} appended to any
 * {@code Content-Encoding} the caller set. Run it before checksums, which cover the sent bytes.
 */
public final class RequestCompression {
  /** botocore's default minimum body size for compression. */
  public static final int MIN_SIZE = 10240;

  private RequestCompression() {}

  /** The body to send: compressed, with the header updated, or the body as it was. */
  public static byte[] apply(Operation operation, WireRequest.Builder request, byte[] body) {
    if (body == null || body.length < MIN_SIZE || !operation.requestCompression().contains("gzip")) {
      return body;
    }
    byte[] gzipped = gzip(body);
    String current = request.header("Content-Encoding");
    request.header("Content-Encoding", current == null || current.isBlank() ? "gzip" : current + ", gzip");
    request.body(gzipped);
    return gzipped;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
