package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * Converts {@code smithy.waiters#waitable} traits to botocore's waiters-2 document, so one waiter
 * runner serves both loaders. The mapping:
 *
 * <ul>
 *   <li>{@code minDelay} (default 2) becomes {@code delay}; Smithy's {@code maxDelay} is kept
 *       under the same name (botocore ignores unknown keys).
 *   <li>Smithy has no attempt limit (callers give a maximum wait time); {@code maxAttempts} is
 *       derived from a 10-minute wait, {@code ceil(600 / delay)}, which is botocore's own value for
 *       several waiters (DynamoDB's ContributorInsightsEnabled: 20 s x 30).
 *   <li>{@code output} matchers become {@code path} ({@code stringEquals}, {@code booleanEquals}
 *       with a boolean expected), {@code pathAll} ({@code allStringEquals}) or {@code pathAny}
 *       ({@code anyStringEquals}).
 *   <li>{@code errorType} becomes {@code error} with that code; {@code success: true|false}
 *       becomes {@code error} with {@code expected: false|true} (botocore's "no error" / "any
 *       error").
 *   <li>{@code inputOutput} has no botocore form; it is kept as matcher {@code inputOutput} with
 *       its {@code comparator}, its path addressing {@code {input, output}}.
 * </ul>
 */
final class SmithyWaiters {
  static final int DEFAULT_MAX_WAIT_SECONDS = 600;

  private SmithyWaiters() {}

  /** The waiters-2 document for the given operations' waitable traits, or empty if none. */
  static Optional<JsonNode> toBotocore(Map<String, JsonNode> waitableByOperation) {
    if (waitableByOperation.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("version", 2);
    ObjectNode waiters = doc.putObject("waiters");
    waitableByOperation.forEach((operation, waitable) -> waitable.properties().forEach(e ->
        waiters.set(e.getKey(), waiter(operation, e.getValue()))));
    return Optional.of(doc);
  }

  private static ObjectNode waiter(String operation, JsonNode w) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    int delay = w.path("minDelay").asInt(2);
    out.put("operation", operation);
    out.put("delay", delay);
    out.put("maxAttempts", (DEFAULT_MAX_WAIT_SECONDS + delay - 1) / Math.max(1, delay));
    if (w.has("maxDelay")) {
      out.put("maxDelay", w.get("maxDelay").asInt());
    }
    if (w.has("documentation")) {
      out.put("description", w.get("documentation").asText());
    }
    ArrayNode acceptors = out.putArray("acceptors");
    w.path("acceptors").forEach(a -> acceptors.add(acceptor(a)));
    return out;
  }

  private static ObjectNode acceptor(JsonNode a) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("state", a.path("state").asText());
    JsonNode matcher = a.path("matcher");
    if (matcher.has("output")) {
      pathMatcher(out, matcher.get("output"), false);
    } else if (matcher.has("inputOutput")) {
      pathMatcher(out, matcher.get("inputOutput"), true);
    } else if (matcher.has("errorType")) {
      out.put("matcher", "error");
      out.put("expected", matcher.get("errorType").asText());
    } else if (matcher.has("success")) {
      out.put("matcher", "error");
      out.put("expected", !matcher.get("success").asBoolean());
    } else {
      throw new ModelException("unsupported waiter matcher " + matcher);
    }
    return out;
  }

  private static void pathMatcher(ObjectNode out, JsonNode m, boolean inputOutput) {
    String comparator = m.path("comparator").asText();
    String expected = m.path("expected").asText();
    if (inputOutput) {
      out.put("matcher", "inputOutput");
      out.put("comparator", comparator);
    } else {
      out.put("matcher", comparator.equals("allStringEquals") ? "pathAll"
          : comparator.equals("anyStringEquals") ? "pathAny" : "path");
    }
    out.put("argument", m.path("path").asText());
    if (comparator.equals("booleanEquals")) {
      out.put("expected", Boolean.parseBoolean(expected));
    } else {
      out.put("expected", expected);
    }
  }
}
