package dev.awsmcp.core.docs;

import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.http.BoundedBody;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The documentation client's HTTP: the JDK client with redirects off (pages follow them by hand,
 * each hop checked by the {@link DocsUrlPolicy}; the JSON endpoints never do), every exchange
 * bounded in time as a whole (headers and body) and in size. Every failure becomes a
 * {@link DocsFetchException} with a stable code. Thread-safe; one per client.
 */
final class DocsHttp {
  private static final int MAX_REDIRECTS = 5;

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;
  private final String userAgent;

  /** A successful answer: its body, and for pages the canonical address it was finally read from. */
  record Answer(String body, URI page) {}

  DocsHttp(Duration timeout, long maxBytes, String userAgent) {
    // HTTP/1.1 as the engine's transport: a cancelled download ends cleanly, with no stream reset
    // masking why it was cancelled.
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.userAgent = userAgent;
  }

  /** Reads a page, following up to five redirects that stay within the documentation. */
  Answer page(URI page, DocsUrlPolicy policy) throws DocsFetchException {
    URI current = page;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      URI address = policy.fetchAddress(current);
      HttpResponse<byte[]> response = send(HttpRequest.newBuilder(address).GET().header("Accept", "text/html"), address);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new DocsFetchException(ErrorCode.MALFORMED_RESPONSE, "a redirect without a Location from " + current);
        }
        DocsUrlPolicy.Verdict next = policy.checkRedirect(address, location.get());
        current = next.page().orElseThrow(() -> new DocsFetchException(ErrorCode.DOCS_URL_REFUSED, next.refusal()));
        continue;
      }
      return new Answer(bodyOf(response, current), current);
    }
    throw new DocsFetchException(ErrorCode.DOCS_UNAVAILABLE, "more than " + MAX_REDIRECTS + " redirects from " + page);
  }

  /** GETs a JSON endpoint. */
  String getJson(URI uri) throws DocsFetchException {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(uri).GET().header("Accept", "application/json"), uri);
    return bodyOf(r, uri);
  }

  /** POSTs JSON to an endpoint and reads its JSON answer. */
  String postJson(URI uri, String json) throws DocsFetchException {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(uri)
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json"), uri);
    return bodyOf(r, uri);
  }

  private static String bodyOf(HttpResponse<byte[]> r, URI what) throws DocsFetchException {
    int status = r.statusCode();
    if (status == 200) {
      return new String(r.body(), StandardCharsets.UTF_8);
    }
    if (status == 404 || status == 410) {
      throw new DocsFetchException(ErrorCode.DOCS_NOT_FOUND, what + " does not exist (HTTP " + status + ")");
    }
    if (status == 429) {
      throw new DocsFetchException(ErrorCode.DOCS_UNAVAILABLE, what.getHost() + " is throttling requests (HTTP 429); try again later");
    }
    throw new DocsFetchException(ErrorCode.DOCS_UNAVAILABLE, what.getHost() + " answered HTTP " + status);
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request, URI uri) throws DocsFetchException {
    HttpRequest built = request.timeout(timeout).header("User-Agent", userAgent).build();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(built, new BoundedBody(maxBytes, "the documentation client reads no more of one page"));
    try {
      // The request timeout ends at the headers; this bounds a trickling body as well.
      return future.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new DocsFetchException(ErrorCode.TIMEOUT, "no complete answer from " + uri.getHost() + " in time");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new DocsFetchException(ErrorCode.DOCS_UNAVAILABLE, "interrupted while reading " + uri.getHost());
    } catch (ExecutionException e) {
      throw classify(uri, e.getCause());
    }
  }

  private static DocsFetchException classify(URI uri, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof BoundedBody.TooLarge) {
        return new DocsFetchException(ErrorCode.RESPONSE_TOO_LARGE, t.getMessage());
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new DocsFetchException(ErrorCode.TIMEOUT, "could not connect to " + uri.getHost() + " in time");
      }
      if (t instanceof HttpTimeoutException) {
        return new DocsFetchException(ErrorCode.TIMEOUT, "no answer from " + uri.getHost() + " in time");
      }
      if (t instanceof ConnectException) {
        return new DocsFetchException(ErrorCode.CONNECTION_FAILED, "could not connect to " + uri.getHost());
      }
    }
    String detail = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage() : String.valueOf(cause);
    return new DocsFetchException(ErrorCode.CONNECTION_FAILED, "reading " + uri.getHost() + " failed: " + detail);
  }
}
