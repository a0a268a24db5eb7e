package dev.awsmcp.core.exec;

import java.time.Duration;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * botocore's "standard" retry mode: throttling and transient errors are retried up to the
 * configured attempts, with exponential backoff and full jitter capped at 20 s. Everything else
 * (a bad request, access denied, a missing resource) is answered at once.
 */
final class RetryStrategy {
  private static final Set<String> THROTTLING_CODES = Set.of(
      "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
      "TooManyRequestsException", "ProvisionedThroughputExceededException",
      "TransactionInProgressException", "RequestLimitExceeded", "BandwidthLimitExceeded",
      "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
      "EC2ThrottledException");
  private static final Set<String> TRANSIENT_CODES = Set.of(
      "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete",
      "InternalError", "InternalFailure", "ServiceUnavailable", "ServiceUnavailableException");
  private static final Set<Integer> TRANSIENT_STATUSES = Set.of(500, 502, 503, 504);
  private static final double MAX_BACKOFF_SECONDS = 20.0;

  private final int maxAttempts;
  private final DoubleSupplier random;

  RetryStrategy(int maxAttempts, DoubleSupplier random) {
    this.maxAttempts = maxAttempts;
    this.random = random;
  }

  /** Whether a service error answer is worth another attempt. */
  static boolean isRetryable(int httpStatus, String errorCode) {
    return THROTTLING_CODES.contains(errorCode)
        || TRANSIENT_CODES.contains(errorCode)
        || TRANSIENT_STATUSES.contains(httpStatus)
        || httpStatus == 429;
  }

  /** Whether attempt number {@code attempt} (1-based) may be followed by another. */
  boolean mayRetryAfter(int attempt) {
    return attempt < maxAttempts;
  }

  /** The pause before attempt {@code attempt + 1}: random in [0, min(2^(attempt-1), 20)) s. */
  Duration backoff(int attempt) {
    double ceiling = Math.min(Math.pow(2, attempt - 1), MAX_BACKOFF_SECONDS);
    return Duration.ofMillis(Math.round(random.getAsDouble() * ceiling * 1000));
  }
}
