package dev.awsmcp.core.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.model.ServiceModel;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.smithy.rulesengine.language.EndpointRuleSet;
import software.amazon.smithy.rulesengine.language.evaluation.value.EndpointValue;
import software.amazon.smithy.rulesengine.language.evaluation.value.Value;
import software.amazon.smithy.rulesengine.language.syntax.Identifier;

/** Endpoints are reused for equal inputs only, errors are never kept, and the cache stays bounded. */
class EndpointCacheTests {
  private static final EndpointRuleSet SQS = RuleSetCache.parse(model("sqs"));
  private static final EndpointRuleSet SNS = RuleSetCache.parse(model("sns"));

  private static ServiceModel model(String service) {
    return PythonBotocore.engine().catalog().load(service).orElseThrow();
  }

  private static Map<Identifier, Value> region(String region) {
    return Map.of(Identifier.of("Region"), Value.stringValue(region),
        Identifier.of("UseFIPS"), Value.booleanValue(false));
  }

  private static EndpointValue counted(EndpointCache cache, EndpointRuleSet ruleSet, Map<Identifier, Value> values,
      AtomicInteger evaluations) {
    return cache.get(ruleSet, values, () -> {
      evaluations.incrementAndGet();
      return EndpointResolver.evaluate(ruleSet, values);
    });
  }

  @Test
  void equalInputsAreEvaluatedOnceAndGiveTheSameEndpoint() {
    EndpointCache cache = new EndpointCache();
    AtomicInteger evaluations = new AtomicInteger();
    EndpointValue first = counted(cache, SQS, region("eu-west-1"), evaluations);
    EndpointValue second = counted(cache, SQS, region("eu-west-1"), evaluations);
    assertSame(first, second);
    assertEquals(1, evaluations.get());
    assertEquals("https://sqs.eu-west-1.amazonaws.com", second.getUrl());
  }

  @Test
  void anyDifferentValueOrRuleSetIsEvaluatedAfresh() {
    EndpointCache cache = new EndpointCache();
    AtomicInteger evaluations = new AtomicInteger();
    EndpointValue ireland = counted(cache, SQS, region("eu-west-1"), evaluations);
    EndpointValue tokyo = counted(cache, SQS, region("ap-northeast-1"), evaluations);
    EndpointValue sns = counted(cache, SNS, region("eu-west-1"), evaluations);
    Map<Identifier, Value> fips = Map.of(Identifier.of("Region"), Value.stringValue("eu-west-1"),
        Identifier.of("UseFIPS"), Value.booleanValue(true));
    assertEquals("https://sqs-fips.eu-west-1.amazonaws.com", counted(cache, SQS, fips, evaluations).getUrl());
    assertEquals(4, evaluations.get());
    assertNotEquals(ireland.getUrl(), tokyo.getUrl());
    assertEquals("https://sns.eu-west-1.amazonaws.com", sns.getUrl());
  }

  @Test
  void aRuleSetErrorIsNotKeptSoItIsRaisedEveryTime() {
    EndpointCache cache = new EndpointCache();
    AtomicInteger evaluations = new AtomicInteger();
    // The rule sets refuse a custom endpoint together with FIPS.
    Map<Identifier, Value> bad = Map.of(Identifier.of("Region"), Value.stringValue("eu-west-1"),
        Identifier.of("UseFIPS"), Value.booleanValue(true), Identifier.of("Endpoint"), Value.stringValue("https://example.com"));
    EndpointException first = assertThrows(EndpointException.class, () -> counted(cache, SQS, bad, evaluations));
    EndpointException again = assertThrows(EndpointException.class, () -> counted(cache, SQS, bad, evaluations));
    assertEquals(first.getMessage(), again.getMessage());
    assertEquals(2, evaluations.get());
    assertEquals(0, cache.size());
  }

  @Test
  void theCacheNeverHoldsMoreThanItsBound() {
    EndpointCache cache = new EndpointCache();
    AtomicInteger evaluations = new AtomicInteger();
    for (int i = 0; i < EndpointCache.MAX_ENTRIES + 50; i++) {
      counted(cache, SQS, region("us-test-" + i), evaluations);
      assertTrue(cache.size() <= EndpointCache.MAX_ENTRIES);
    }
    assertEquals(EndpointCache.MAX_ENTRIES + 50, evaluations.get());
  }
}
