package dev.awsmcp.core.protocol.conformance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.protocol.ProtocolCodecs;
import dev.awsmcp.core.protocol.WireRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import software.amazon.smithy.protocoltests.traits.HttpRequestTestCase;

/**
 * Runs a request case: serializes the test's params with the service's codec and compares
 * method, path, query parameters, headers, host and body with what the test expects.
 *
 * <p>Two things the transport does are done here too: the path of a custom endpoint
 * ({@code host: "example.com/custom"}) is prepended to the request path, and a Content-Length
 * header goes with a body. A Content-Type compares by media type when the test gives no
 * parameters. An idempotency token the codec generated (a random UUID) stands for
 * the fixed token the Smithy tests expect from a seeded generator.
 */
final class RequestChecker {
  private static final String SMITHY_TOKEN = "00000000-0000-4000-8000-000000000000";
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private RequestChecker() {}

  /** The differences found; empty when the case passes. */
  static List<String> check(ConformanceCase c) {
    HttpRequestTestCase test = (HttpRequestTestCase) c.test();
    ObjectNode input = c.operation().inputShape()
        .map(name -> ParamsConverter.convert(c.service().shape(name), test.getParams(), false))
        .orElseGet(JsonNodeFactory.instance::objectNode);
    WireRequest request = ProtocolCodecs.forService(c.service()).serialize(c.service(), c.operation(), input);
    UnaryOperator<String> token = generatesToken(c, input) ? s -> UUID.matcher(s).replaceAll(SMITHY_TOKEN) : s -> s;
    List<String> problems = new ArrayList<>();
    String host = test.getHost().orElse("example.com");
    String endpointPath = host.indexOf('/') < 0 ? "" : host.substring(host.indexOf('/'));
    String path = endpointPath.isEmpty() ? request.encodedPath()
        : endpointPath.replaceAll("/$", "") + request.encodedPath();
    if (!test.getMethod().equalsIgnoreCase(request.method())) {
      problems.add("method: expected " + test.getMethod() + " but was " + request.method());
    }
    if (!test.getUri().equals(path)) {
      problems.add("uri: expected " + test.getUri() + " but was " + path);
    }
    checkQuery(test, request, token, problems);
    checkHeaders(test, request, token, problems);
    test.getResolvedHost().ifPresent(expected -> {
      String actual = request.hostPrefix() + (endpointPath.isEmpty() ? host : host.substring(0, host.indexOf('/')));
      if (!expected.equals(actual)) {
        problems.add("host: expected " + expected + " but was " + actual);
      }
    });
    test.getBody().ifPresent(expected -> {
      byte[] actual = token.apply(new String(request.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      Optional<String> d = expected.isEmpty()
          ? (actual.length == 0 ? Optional.empty() : Optional.of("body: expected none but was " + new String(actual)))
          : BodyComparers.forMediaType(test.getBodyMediaType()).difference(expected, actual);
      d.ifPresent(problems::add);
    });
    return problems;
  }

  private static boolean generatesToken(ConformanceCase c, ObjectNode input) {
    return c.operation().inputShape().map(name -> c.service().shape(name).members().values().stream()
        .anyMatch(m -> m.traits().idempotencyToken() && !input.has(m.name()))).orElse(false);
  }

  private static void checkQuery(HttpRequestTestCase test, WireRequest request, UnaryOperator<String> token,
      List<String> problems) {
    List<String> actual = new ArrayList<>();
    request.query().forEach((k, values) -> {
      if (values.isEmpty()) {
        actual.add(k);
      }
      values.forEach(v -> actual.add(k + "=" + token.apply(v)));
    });
    List<String> remaining = new ArrayList<>(actual);
    for (String expected : test.getQueryParams()) {
      String decoded = decodePair(expected);
      if (!remaining.remove(decoded)) {
        problems.add("query: expected " + decoded + " in " + actual);
      }
    }
    for (String key : test.getForbidQueryParams()) {
      if (request.query().containsKey(percentDecode(key))) {
        problems.add("query: forbidden " + key + " present");
      }
    }
    for (String key : test.getRequireQueryParams()) {
      if (!request.query().containsKey(percentDecode(key))) {
        problems.add("query: required " + key + " absent");
      }
    }
  }

  private static void checkHeaders(HttpRequestTestCase test, WireRequest request, UnaryOperator<String> token,
      List<String> problems) {
    // What the HTTP client sends: the codec's headers plus the Content-Length of a body.
    Map<String, String> actual = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.headers().forEach((k, v) -> actual.put(k, token.apply(String.join(", ", v))));
    if (request.hasBody()) {
      actual.putIfAbsent("Content-Length", String.valueOf(request.body().length));
    }
    test.getHeaders().forEach((name, expected) -> {
      String a = actual.get(name);
      if (a != null && name.equalsIgnoreCase("Content-Type") && !expected.contains(";")) {
        a = a.replaceFirst(";.*", ""); // botocore adds "; charset=utf-8" to form bodies
      }
      if (a == null || !a.trim().equals(expected.trim())) {
        problems.add("header " + name + ": expected <" + expected + "> but was <" + a + ">");
      }
    });
    for (String name : test.getForbidHeaders()) {
      if (actual.containsKey(name)) {
        problems.add("header " + name + ": forbidden but was <" + actual.get(name) + ">");
      }
    }
    for (String name : test.getRequireHeaders()) {
      if (!actual.containsKey(name)) {
        problems.add("header " + name.toLowerCase(Locale.ROOT) + ": required but absent");
      }
    }
  }

  private static String decodePair(String pair) {
    int eq = pair.indexOf('=');
    return eq < 0 ? percentDecode(pair) : percentDecode(pair.substring(0, eq)) + "=" + percentDecode(pair.substring(eq + 1));
  }

  // Percent-decoding only: a '+' in a query test means a plus sign, not a space.
  static String percentDecode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '%' && i + 2 < s.length()) {
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.writeBytes(String.valueOf(ch).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
