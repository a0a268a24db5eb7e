package dev.awsmcp.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A loopback HTTP/1.1 server that answers every request with the same bytes in one write, with
 * keep-alive and no Nagle delay: a peer that costs next to nothing, so a benchmark against it
 * measures the client.
 */
final class CannedHttpServer implements AutoCloseable {
  private final ServerSocket socket;

  CannedHttpServer(String contentType, byte[] body) throws IOException {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nx-amzn-RequestId: canned\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] answer = new byte[head.length + body.length];
    System.arraycopy(head, 0, answer, 0, head.length);
    System.arraycopy(body, 0, answer, head.length, body.length);
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> accept(answer), "canned-http");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void accept(byte[] answer) {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        s.setTcpNoDelay(true);
        Thread t = new Thread(() -> serve(s, answer), "canned-http-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void serve(Socket s, byte[] answer) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      StringBuilder line = new StringBuilder();
      while (true) {
        int length = 0;
        while (true) {
          line.setLength(0);
          int c;
          while ((c = in.read()) != '\n') {
            if (c < 0) {
              return;
            }
            line.append((char) c);
          }
          String header = line.toString().trim();
          if (header.isEmpty()) {
            break;
          }
          if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(header.substring(15).trim());
          }
        }
        in.readNBytes(length);
        out.write(answer);
        out.flush();
      }
    } catch (IOException e) {
      // The client closed the connection.
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
