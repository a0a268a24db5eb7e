package dev.awsmcp.core.auth;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends a {@link SignedHttpRequest} exactly as signed with the JDK {@code HttpClient}, the way
 * the engine's transport does: the URI as is, every header except those the JDK sets itself
 * (and computes from the same URI and body).
 */
final class JdkTransport {
  private static final Set<String> SET_BY_THE_JDK = Set.of("host", "content-length", "connection", "expect", "upgrade");

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  HttpResponse<byte[]> send(SignedHttpRequest request) throws IOException, InterruptedException {
    byte[] body = request.body();
    HttpRequest.BodyPublisher publisher = body.length == 0 && !request.method().equals("PUT")
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
    HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).method(request.method(), publisher);
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      if (!SET_BY_THE_JDK.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        for (String value : header.getValue()) {
          b.header(header.getKey(), value);
        }
      }
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
