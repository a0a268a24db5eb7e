package dev.awsmcp.core.audit;

import dev.awsmcp.api.AuditSink;
import dev.awsmcp.api.audit.AuditEvent;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The audit file: one compact JSON object per line (docs/audit.md), appended and handed to the
 * operating system line by line, rotated by size ({@value #DEFAULT_MAX_FILE_BYTES} bytes × {@value
 * #DEFAULT_MAX_FILES} files by default). New files are created readable by their owner only.
 *
 * <p>Thread-safe. A failing disk never fails a call: the first failure is reported once on
 * standard error (without the event), the event is dropped, and the next event tries to open the
 * file again.
 */
public final class JsonLinesAuditSink implements AuditSink, Closeable {
  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_FILES = 5;

  private final Path path;
  private final RotatingFile file;
  private final PrintStream errors;
  private boolean failureReported;

  private JsonLinesAuditSink(Builder b) {
    this.path = b.path;
    this.file = new RotatingFile(b.path, b.maxFileBytes, b.maxFiles);
    this.errors = b.errors;
  }

  /** A sink writing to {@code file} with the default rotation. */
  public static JsonLinesAuditSink create(Path file) {
    return builder(file).build();
  }

  public static Builder builder(Path file) {
    return new Builder(file);
  }

  @Override
  public void record(AuditEvent event) {
    byte[] line = (AuditEventJson.line(event) + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      try {
        file.append(line);
      } catch (IOException | RuntimeException e) {
        reportOnce(e);
        closeQuietly();
      }
    }
  }

  private void reportOnce(Exception e) {
    if (!failureReported) {
      failureReported = true;
      errors.println("aws-mcp: cannot write the audit file " + path + " (" + e.getClass().getSimpleName()
          + ": " + e.getMessage() + "); events are dropped until it can be written, and this is reported once");
    }
  }

  private void closeQuietly() {
    try {
      file.close();
    } catch (IOException e) {
      // already failing: the report above says so
    }
  }

  @Override
  public synchronized void close() throws IOException {
    file.close();
  }

  @Override
  public String toString() {
    return "JsonLinesAuditSink[" + path + "]";
  }

  /** Configures a {@link JsonLinesAuditSink}. Not thread-safe. */
  public static final class Builder {
    private final Path path;
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    private int maxFiles = DEFAULT_MAX_FILES;
    private PrintStream errors = System.err;

    private Builder(Path path) {
      this.path = Objects.requireNonNull(path, "path");
    }

    /** The size a file may reach before a new one starts. Default: 10 MiB. */
    public Builder maxFileBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxFileBytes must be positive: " + bytes);
      }
      this.maxFileBytes = bytes;
      return this;
    }

    /** Files kept, the current one included; older ones are deleted. Default: 5. */
    public Builder maxFiles(int files) {
      if (files < 1) {
        throw new IllegalArgumentException("maxFiles must be at least 1: " + files);
      }
      this.maxFiles = files;
      return this;
    }

    /** Where the one report of a failing file goes. Default: standard error. */
    public Builder errorStream(PrintStream stream) {
      this.errors = Objects.requireNonNull(stream, "stream");
      return this;
    }

    public JsonLinesAuditSink build() {
      return new JsonLinesAuditSink(this);
    }
  }
}
