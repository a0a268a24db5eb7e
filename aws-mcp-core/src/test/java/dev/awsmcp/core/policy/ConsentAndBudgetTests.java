package dev.awsmcp.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.policy.ConsentAnswer;
import dev.awsmcp.api.policy.ConsentHandler;
import dev.awsmcp.api.policy.ConsentRequest;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consent is asked, bounded and honoured; budgets stop a runaway loop. */
class ConsentAndBudgetTests {
  @TempDir Path home;
  private LoopbackRecorder recorder;

  @BeforeEach
  void start() throws IOException {
    recorder = new LoopbackRecorder();
  }

  @AfterEach
  void stop() {
    recorder.close();
  }

  private AwsMcp.Builder builder() {
    return AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null).searchInstalledModels(false)
        .environment(Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "s", "AWS_REGION", "us-east-1",
            "AWS_ENDPOINT_URL", recorder.url(), "AWS_CONFIG_FILE", "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent",
            "HOME", home.toString(), "AWS_MAX_ATTEMPTS", "1"))
        .workingDirectory(home);
  }

  @Test
  void anApprovedMutationRunsAndTheHumanSawWhatAndWhy() {
    List<ConsentRequest> asked = new CopyOnWriteArrayList<>();
    AwsMcp e = builder().requireMutationConsent(true).consentHandler(r -> {
      asked.add(r);
      return ConsentAnswer.APPROVED;
    }).build();
    e.call("aws sqs create-queue --queue-name q");
    assertEquals(1, recorder.requests());
    assertEquals(1, asked.size());
    assertEquals("create-queue", asked.get(0).operation());
    assertTrue(asked.get(0).message().contains("aws sqs create-queue --queue-name q"), asked.get(0).message());
    e.call("aws sqs list-queues");
    assertEquals(1, asked.size(), "reads are not asked about");
  }

  @Test
  void aCallsOwnConsentHandlerIsAskedInsteadOfTheEngines() {
    List<ConsentRequest> engineAsked = new CopyOnWriteArrayList<>();
    List<ConsentRequest> callAsked = new CopyOnWriteArrayList<>();
    AwsMcp e = builder().requireMutationConsent(true).consentHandler(r -> {
      engineAsked.add(r);
      return ConsentAnswer.APPROVED;
    }).build();
    CallResult r = e.call("aws sqs create-queue --queue-name q", dev.awsmcp.api.exec.CallOptions.defaults()
        .withConsentHandler(req -> {
          callAsked.add(req);
          return ConsentAnswer.DECLINED;
        }));
    assertEquals(ErrorCode.CONSENT_DECLINED, r.error().orElseThrow().code());
    assertEquals(1, callAsked.size());
    assertEquals(0, engineAsked.size());
    assertEquals(0, recorder.requests());
  }

  @Test
  void theHumanIsShownTheCommandWithItsSecretsMasked() {
    List<ConsentRequest> asked = new CopyOnWriteArrayList<>();
    AwsMcp e = builder().requireMutationConsent(true).consentHandler(r -> {
      asked.add(r);
      return ConsentAnswer.DECLINED;
    }).build();
    e.call("aws secretsmanager create-secret --name s --secret-string Tops3cret-4-consent");
    assertEquals(1, asked.size());
    assertTrue(asked.get(0).commandLine().contains("--name s"), asked.get(0).commandLine());
    assertTrue(!asked.get(0).message().contains("Tops3cret-4-consent"), asked.get(0).message());
  }

  @Test
  void aDeclinedOrUnansweredOrFailingPromptMeansTheCommandDoesNotRun() {
    for (ConsentHandler h : List.<ConsentHandler>of(r -> ConsentAnswer.DECLINED, r -> null,
        r -> { throw new IllegalStateException("prompt crashed"); },
        r -> { try { Thread.sleep(10_000); } catch (InterruptedException ie) { Thread.currentThread().interrupt(); }
               return ConsentAnswer.APPROVED; })) {
      AwsMcp e = builder().requireMutationConsent(true).consentTimeout(Duration.ofMillis(200)).consentHandler(h).build();
      CallResult r = e.call("aws sqs create-queue --queue-name q");
      assertEquals(ErrorCode.CONSENT_DECLINED, r.errors().get(0).code());
    }
    assertEquals(0, recorder.requests());
  }

  @Test
  void withoutAWayToAskTheRefusalSaysHowToAllowTheCommand() {
    CallResult r = builder().build().call("aws secretsmanager get-secret-value --secret-id s");
    assertEquals(ErrorCode.CONSENT_DECLINED, r.errors().get(0).code());
    assertTrue(r.errors().get(0).message().contains("AWS_MCP_SENSITIVE_READS=allow"), r.errors().get(0).message());
    assertEquals(0, recorder.requests());
  }

  @Test
  void budgetsRefuseTheCallOverTheLimitAndOnlySentCallsCount() {
    AwsMcp e = builder().budgets(new CallBudget.Limits(OptionalInt.empty(), OptionalInt.of(3), OptionalInt.of(1))).build();
    e.call("aws sqs create-queue --queue-name q");
    assertEquals(ErrorCode.BUDGET_EXCEEDED, e.call("aws sqs create-queue --queue-name r").errors().get(0).code());
    e.call("aws iam delete-user --user-name x --debug");
    e.call("aws sqs list-queues");
    e.call("aws sqs list-queues");
    CallResult over = e.call("aws sqs list-queues");
    assertEquals(ErrorCode.BUDGET_EXCEEDED, over.errors().get(0).code());
    assertTrue(over.errors().get(0).message().contains("AWS_MCP_MAX_CALLS_PER_SESSION"));
    assertEquals(3, recorder.requests());
  }

  @Test
  void thePerMinuteBudgetIsASlidingWindow() {
    Instant[] now = {Instant.parse("2026-11-22T10:00:00Z")};
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now[0]; }
    };
    CallBudget budget = new CallBudget(new CallBudget.Limits(OptionalInt.of(2), OptionalInt.empty(), OptionalInt.empty()), clock);
    assertTrue(budget.take(false).isEmpty());
    now[0] = now[0].plusSeconds(30);
    assertTrue(budget.take(false).isEmpty());
    assertTrue(budget.take(false).isPresent());
    now[0] = now[0].plusSeconds(31);
    assertTrue(budget.take(false).isEmpty(), "the first call left the window");
    assertTrue(budget.take(false).isPresent());
  }
}
