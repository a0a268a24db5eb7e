package dev.awsmcp.core.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input always gets a clear answer in bounded time: for each case, {@code parseAndValidate}
 * returns (no exception, no stack overflow, no hang), a failure carries a non-empty message and
 * the same code every time, and the outcome is the one the AWS CLI has (or, where marked, the one
 * this engine documents). The time limit is a guard against hangs, not a performance target.
 * A case marked with a known bug checks instead that the bug still shows, so that its fix is
 * noticed (see {@link KnownBugs}).
 */
class BadInputTests {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  private static AwsMcp engine;

  @BeforeAll
  static void loadTheModelsTheCasesUse() {
    engine = TestEngines.botocore();
    // Model loading is not what is timed: warm up every service the cases name.
    for (String warm : new String[] {"aws ec2 describe-instances", "aws sqs list-queues", "aws s3api list-buckets",
        "aws iam list-users", "aws kms list-keys", "aws lambda list-functions",
        "aws bedrock-runtime converse --model-id m --messages []"}) {
      engine.parseAndValidate(warm);
    }
  }

  static Stream<BadInputCase> cases() {
    return Stream.concat(StructuralBadInputs.all().stream(), TextualBadInputs.all().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputGetsAClearAnswerInBoundedTime(BadInputCase c) {
    String input = c.input().get();
    ParseResult first = parseWithinGuard(input);
    ParseResult second = parseWithinGuard(input);

    Optional<String> broken = ParseContract.violation(first);
    if (c.knownBug().isPresent()) {
      assertTrue(broken.isPresent(), () -> "the known bug (" + c.knownBug().get() + ") no longer shows: drop the marker;"
          + " the case then expects " + c.expected().description() + ", and got " + describe(first));
      return;
    }
    if (broken.isPresent()) {
      fail("contract broken: " + broken.get() + "\ninput: " + Inputs.excerpt(input, 400));
    }
    assertEquals(ParseContract.outcome(first), ParseContract.outcome(second), "the same input must give the same code");
    assertTrue(c.expected().test().test(first), () -> "expected " + c.expected().description() + " but got "
        + describe(first) + "\ninput: " + Inputs.excerpt(input, 400));
  }

  private static ParseResult parseWithinGuard(String input) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> engine.parseAndValidate(input),
        () -> "no answer within " + HANG_GUARD.toSeconds() + " s for input " + Inputs.excerpt(input, 400));
  }

  private static String describe(ParseResult r) {
    if (r.isSuccess()) {
      return "success " + r.command().service() + "." + r.command().operation() + " in " + Inputs.excerpt(r.command().region(), 60)
          + " with " + Inputs.excerpt(r.command().params().toString(), 300);
    }
    return r.errors().get(0).code() + ": " + Inputs.excerpt(r.errors().get(0).message(), 300);
  }
}
