package dev.awsmcp.core.exec;

import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.files.OutputFile;
import dev.awsmcp.core.http.BoundedBody;
import dev.awsmcp.core.protocol.WireResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends signed requests with the JDK's HTTP client (HTTP/1.1, as AWS endpoints expect) and
 * turns every failure to get an answer into a {@link TransportException}. One instance per
 * engine: the client pools connections. Thread-safe.
 */
final class HttpTransport {
  // The JDK client computes these itself and refuses them; the values it sends are the ones signed.
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

  /** The largest answer kept in memory; downloads to a file are not limited. */
  static final long MAX_IN_MEMORY_BYTES = 64L << 20;

  // Reused daemon threads: on a 2-core machine CompletableFuture's default would start a new
  // thread for each asynchronous step, tens of microseconds per call.
  private static final java.util.concurrent.ExecutorService EXECUTOR = java.util.concurrent.Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "aws-mcp-http");
    t.setDaemon(true);
    return t;
  });

  private final HttpClient client;

  HttpTransport(Duration connectTimeout) {
    this.client = HttpClient.newBuilder()
        .executor(EXECUTOR)
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * Sends one request, waiting at most {@code readTimeout} for the answer (the call's setting or
   * {@code --cli-read-timeout}). A successful (2xx) answer to a streaming operation goes to
   * {@code streamTo} when given; its {@link WireResponse} then has an empty body.
   */
  WireResponse send(String method, URI uri, Map<String, List<String>> headers, byte[] body, Optional<OutputFile> streamTo,
      Duration readTimeout) throws TransportException, InterruptedException {
    HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(readTimeout)
        .method(method, body.length == 0 && !needsBody(method)
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        values.forEach(v -> rb.header(name, v));
      }
    });
    StreamToFileHandler toFile = streamTo.map(StreamToFileHandler::new).orElse(null);
    HttpResponse.BodyHandler<byte[]> handler = toFile != null ? toFile : new BoundedBody(MAX_IN_MEMORY_BYTES, "write a download to a file (outfile) or narrow the request");
    // The client's own timeout ends at the response headers; the deadline bounds the body as
    // well (a download to a file is bounded by the headers only: it may be large).
    CallDeadline deadline = streamTo.isPresent() ? null : CallDeadline.start(readTimeout.multipliedBy(2).plusSeconds(1));
    try {
      HttpResponse<byte[]> response = client.send(rb.build(), handler);
      return new WireResponse(response.statusCode(), response.headers().map(), response.body());
    } catch (InterruptedException e) {
      discard(toFile);
      if (deadline != null && deadline.expired()) {
        throw new TransportException(ErrorCode.TIMEOUT,
            "no complete answer from " + uri.getHost() + " within " + seconds(readTimeout), e);
      }
      throw e;
    } catch (IOException | RuntimeException e) {
      discard(toFile);
      throw classify(uri, rootCause(e), readTimeout);
    } finally {
      if (deadline != null) {
        deadline.close();
      }
    }
  }

  // The client wraps what a body handler threw; the classification needs the original.
  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      if (t instanceof BoundedBody.TooLarge || t instanceof StreamToFileHandler.OutfileException
          || t instanceof HttpTimeoutException || t instanceof ConnectException) {
        return t;
      }
    }
    return e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
  }


  private static void discard(StreamToFileHandler toFile) {
    if (toFile != null) {
      toFile.discardPartial();
    }
  }

  private static String seconds(Duration d) {
    return (d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0)) + " s";
  }

  private static boolean needsBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  private static TransportException classify(URI uri, Throwable cause, Duration readTimeout) {
    String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    if (cause instanceof HttpConnectTimeoutException) {
      return new TransportException(ErrorCode.TIMEOUT, "could not connect to " + where + " within the connect timeout", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new TransportException(ErrorCode.TIMEOUT,
          "no answer from " + where + " within " + seconds(readTimeout), cause);
    }
    if (cause instanceof ConnectException) {
      return new TransportException(ErrorCode.CONNECTION_FAILED, "could not connect to " + where + ": connection refused", cause);
    }
    if (cause instanceof BoundedBody.TooLarge) {
      return new TransportException(ErrorCode.RESPONSE_TOO_LARGE, cause.getMessage(), cause);
    }
    if (cause instanceof StreamToFileHandler.OutfileException) {
      return new TransportException(ErrorCode.OUTFILE_ERROR, cause.getMessage(), cause);
    }
    if (cause instanceof IOException) {
      String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      return new TransportException(ErrorCode.CONNECTION_FAILED, "connection to " + where + " failed: " + detail, cause);
    }
    return new TransportException(ErrorCode.CONNECTION_FAILED, "request to " + where + " failed: " + cause, cause);
  }
}
