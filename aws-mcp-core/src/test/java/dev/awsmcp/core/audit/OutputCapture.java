package dev.awsmcp.core.audit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything a block of code writes to standard output, standard error and java.util.logging
 * at any level, while still letting it through to the real streams. The AWS SDK logs through
 * SLF4J, which on this test class path is bound to nothing (SLF4J's NOP fallback) or to a
 * console logger, and a console logger writes to the streams captured here.
 */
final class OutputCapture implements AutoCloseable {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final PrintStream out = System.out;
  private final PrintStream err = System.err;
  private final Logger root = LogManager.getLogManager().getLogger("");
  private final Level rootLevel = root.getLevel();
  private final StringBuilder logRecords = new StringBuilder();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      synchronized (logRecords) {
        logRecords.append(r.getLoggerName()).append(' ').append(r.getMessage());
        if (r.getParameters() != null) {
          for (Object p : r.getParameters()) {
            logRecords.append(' ').append(p);
          }
        }
        if (r.getThrown() != null) {
          logRecords.append(' ').append(r.getThrown());
        }
        logRecords.append('\n');
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  OutputCapture() {
    System.setOut(new PrintStream(new Tee(out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Tee(err), true, StandardCharsets.UTF_8));
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    root.setLevel(Level.ALL);
  }

  /** What was written so far: both streams, then the log records. */
  String text() {
    synchronized (logRecords) {
      synchronized (captured) {
        return captured.toString(StandardCharsets.UTF_8) + "\n" + logRecords;
      }
    }
  }

  @Override
  public void close() {
    System.setOut(out);
    System.setErr(err);
    root.removeHandler(handler);
    root.setLevel(rootLevel);
  }

  private final class Tee extends OutputStream {
    private final OutputStream real;

    Tee(OutputStream real) {
      this.real = real;
    }

    @Override
    public void write(int b) {
      synchronized (captured) {
        captured.write(b);
      }
      try {
        real.write(b);
      } catch (java.io.IOException e) {
        // the real stream is best effort; the capture is what the test reads
      }
    }
  }
}
