package dev.awsmcp.core.suggest;

import java.io.PrintStream;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The progress bar shown while the operations are embedded, on standard error (standard output
 * is the MCP pipe or a command's answer). Nothing is shown when no stream is given.
 */
final class EmbeddingProgress implements IntConsumer, AutoCloseable {
  /** Width of the bar's line; fixed so no terminal needs to be queried. */
  private static final int WIDTH = 100;

  private final ProgressBar bar;

  EmbeddingProgress(PrintStream out, int total) {
    this.bar = out == null ? null : new ProgressBarBuilder()
        .setTaskName("aws-mcp suggest index")
        .setInitialMax(total)
        .setUnit(" sentences", 1)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(out, WIDTH))
        .build();
  }

  @Override
  public void accept(int done) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
