package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model-level half of "dynamodb and sqs commands give identical results from botocore data
 * and from the Smithy jars": both loaders must agree, by structure, on operations, HTTP routes,
 * input and output members (names, required, targets to {@link ModelDiff#MAX_DEPTH} levels, enum
 * values, limits, patterns, wire locations), paginators, waiters and endpoint rule sets.
 *
 * <p>Every disagreement must be explained below, and every explanation must still be needed. The
 * models are not the same release: the jars are dynamodb 1.0.14 (built 2026-08-04) and sqs 1.0.6
 * (2026-06-02); botocore is 1.43.11.
 */
class SmithyAndBotocoreModelsAgreeTests {
  private static final Pattern ANCHORED =
      Pattern.compile(".*: pattern botocore=Optional\\[(.*)\\] smithy=Optional\\[\\^(.*)\\$\\]");
  private static final Pattern ERRORS =
      Pattern.compile(".*: errors botocore=\\[(.*)\\] smithy=\\[(.*)\\]");

  /** An explained disagreement: which lines it covers, and why they differ. */
  private record Known(String service, String what, Predicate<String> covers, String reason) {}

  private static final String QUERY_ERRORS_REASON =
      "botocore's awsJson models carry neither awsQueryError codes nor @httpError statuses (its query"
          + " and REST models do); for awsQueryCompatible services botocore reads the code from the"
          + " x-amzn-query-error header instead.";

  private static final List<Known> KNOWN = List.of(
      new Known("sqs", "awsQueryError codes", SmithyAndBotocoreModelsAgreeTests::onlySmithyHasErrorCode, QUERY_ERRORS_REASON),
      new Known("dynamodb", "awsQueryError codes", SmithyAndBotocoreModelsAgreeTests::onlySmithyHasErrorCode,
          QUERY_ERRORS_REASON + " DynamoDB has one: ThrottlingException (Throttling, 400)."),
      new Known("dynamodb", "vector search", d -> d.contains("Vector"),
          "The jar's model is newer than botocore 1.43.11: it adds SearchVectors and the VectorIndexes,"
              + " VectorIndexOverride and VectorIndexUpdates members (DynamoDB vector search)."),
      new Known("dynamodb", "rule set parameter IsSearchOperation",
          d -> d.endsWith("endpointRuleSet parameters: IsSearchOperation only in smithy")
              || d.endsWith("endpointRuleSet: rules differ"),
          "Same newer model: its endpoint rule set routes SearchVectors (static context parameter"
              + " IsSearchOperation)."),
      new Known("dynamodb", "anchored patterns", SmithyAndBotocoreModelsAgreeTests::onlyAnchorsDiffer,
          "The Smithy model writes DynamoDB's patterns anchored (^[a-zA-Z0-9_.-]+$), botocore's copy"
              + " unanchored ([a-zA-Z0-9_.-]+). Validation uses find(), so only invalid values can be"
              + " judged differently (botocore accepts any value with one allowed character)."),
      new Known("dynamodb", "AttributeValue is a union", d -> d.endsWith(": union botocore=false smithy=true"),
          "Smithy declares AttributeValue a union; botocore's DynamoDB model has it as a plain"
              + " structure. The JSON on the wire is the same; only the exactly-one-member rule differs."),
      new Known("dynamodb", "endpoint discovery error", SmithyAndBotocoreModelsAgreeTests::onlyInvalidEndpointAdded,
          "Smithy lists InvalidEndpointException (the aws.api#clientEndpointDiscovery error) on every"
              + " operation; botocore leaves the shape out."),
      new Known("dynamodb", "paginators from different sources",
          d -> Set.of(
                  "dynamodb paginators: ListBackups only in botocore",
                  "dynamodb paginators: ListTagsOfResource only in botocore",
                  "dynamodb paginators: ListContributorInsights only in smithy",
                  "dynamodb paginators: ListExports only in smithy",
                  "dynamodb paginators: ListImports only in smithy")
              .contains(d),
          "botocore's paginators-1.json is written by hand, apart from the model; the Smithy model"
              + " marks @paginated a different set of operations."),
      new Known("dynamodb", "Query/Scan aggregate counts",
          d -> d.matches("dynamodb paginator (Query|Scan): resultKeys botocore=\\[Items, Count, ScannedCount\\] smithy=\\[Items\\]"),
          "@paginated names one items list; botocore also sums Count and ScannedCount across pages."),
      new Known("dynamodb", "waiter attempts", d -> d.matches("dynamodb waiter \\w+: maxAttempts botocore=\\d+ smithy=30"),
          "Smithy waiters have no attempt limit; SmithyWaiters derives ceil(600 s / delay) = 30 for a"
              + " 20 s delay, botocore says 25 or 60."));

  private static BotocoreModelSource botocore;
  private static SmithyModelSource smithy;

  @BeforeAll
  static void sources() {
    botocore = BotocoreData.sourceOrSkip();
    smithy = SmithyModelSource.fromClassLoader(SmithyAndBotocoreModelsAgreeTests.class.getClassLoader());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dynamodb", "sqs"})
  void botocoreAndSmithyModelsAgree(String service) {
    ServiceModel left = botocore.load(service);
    ServiceModel right = smithy.load(service);
    List<String> differences = new ArrayList<>(ModelDiff.between(left, right));
    differences.addAll(waiters(service, left.waiters(), right.waiters()));
    differences.addAll(ruleSets(service, left.endpointRuleSet(), right.endpointRuleSet()));
    if (!left.clientContextParams().equals(right.clientContextParams())) {
      differences.add(service + " clientContextParams differ");
    }

    Map<Known, Integer> explained = new LinkedHashMap<>();
    List<String> unexplained = new ArrayList<>();
    for (String d : differences) {
      Optional<Known> known = KNOWN.stream().filter(k -> d.startsWith(k.service() + " ") && k.covers().test(d)).findFirst();
      known.ifPresentOrElse(k -> explained.merge(k, 1, Integer::sum), () -> unexplained.add(d));
    }
    List<String> stale = new ArrayList<>();
    KNOWN.stream().filter(k -> k.service().equals(service) && !explained.containsKey(k)).forEach(k -> stale.add(k.what()));

    System.out.printf("%s: botocore %s vs smithy %s: %d differences, all explained: %s%n", service,
        botocore.version().orElse("?"), smithy.versionOf(service).orElse("?"), differences.size(), unexplained.isEmpty());
    explained.forEach((k, n) -> System.out.printf("  %4d x %s: %s%n", n, k.what(), k.reason()));
    assertTrue(unexplained.isEmpty(), () -> unexplained.size() + " unexplained differences:\n  " + String.join("\n  ", unexplained));
    assertTrue(stale.isEmpty(), () -> "explanations no longer needed for " + service + ": " + stale);
  }

  private static List<String> waiters(String service, Optional<JsonNode> left, Optional<JsonNode> right) {
    if (left.isEmpty() && right.isEmpty()) {
      return List.of();
    }
    if (left.isEmpty() || right.isEmpty()) {
      return List.of(service + " waiters: only in " + (left.isEmpty() ? "smithy" : "botocore"));
    }
    return ModelDiff.waiters(service, left.get(), right.get());
  }

  private static List<String> ruleSets(String service, Optional<JsonNode> left, Optional<JsonNode> right) {
    if (left.isEmpty() || right.isEmpty()) {
      return left.isEmpty() && right.isEmpty() ? List.of() : List.of(service + " endpointRuleSet: only in one source");
    }
    List<String> out = new ArrayList<>();
    Set<String> a = new TreeSet<>();
    Set<String> b = new TreeSet<>();
    left.get().path("parameters").fieldNames().forEachRemaining(a::add);
    right.get().path("parameters").fieldNames().forEachRemaining(b::add);
    a.stream().filter(p -> !b.contains(p)).forEach(p -> out.add(service + " endpointRuleSet parameters: " + p + " only in botocore"));
    b.stream().filter(p -> !a.contains(p)).forEach(p -> out.add(service + " endpointRuleSet parameters: " + p + " only in smithy"));
    if (!left.get().path("rules").equals(right.get().path("rules"))) {
      out.add(service + " endpointRuleSet: rules differ");
    }
    return out;
  }

  private static boolean onlySmithyHasErrorCode(String d) {
    return d.matches("\\w+ error \\w+: (errorCode|httpStatus) botocore=Optional.empty smithy=Optional\\[.+\\]");
  }

  private static boolean onlyAnchorsDiffer(String d) {
    Matcher m = ANCHORED.matcher(d);
    return m.matches() && m.group(1).equals(m.group(2));
  }

  private static boolean onlyInvalidEndpointAdded(String d) {
    Matcher m = ERRORS.matcher(d);
    if (!m.matches()) {
      return false;
    }
    List<String> smithyErrors = new ArrayList<>(List.of(m.group(2).split(", ")));
    return smithyErrors.remove("InvalidEndpointException") && String.join(", ", smithyErrors).equals(m.group(1));
  }
}
