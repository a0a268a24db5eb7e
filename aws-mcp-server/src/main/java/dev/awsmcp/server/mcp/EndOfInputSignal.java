package dev.awsmcp.server.mcp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input that says when it ends. The SDK's stdio transport reads on its own thread and
 * does not tell anyone that the client closed the pipe; the server waits for this signal, then
 * shuts down, so a client that goes away never leaves a server process behind.
 */
final class EndOfInputSignal extends FilterInputStream {
  private final Runnable ended;

  EndOfInputSignal(InputStream in, Runnable ended) {
    super(in);
    this.ended = ended;
  }

  @Override
  public int read() throws IOException {
    return signalled(() -> super.read());
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return signalled(() -> super.read(b, off, len));
  }

  private interface Read {
    int run() throws IOException;
  }

  private int signalled(Read read) throws IOException {
    try {
      int n = read.run();
      if (n < 0) {
        ended.run();
      }
      return n;
    } catch (IOException e) {
      ended.run();
      throw e;
    }
  }
}
