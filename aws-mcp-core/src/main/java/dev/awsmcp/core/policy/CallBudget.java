package dev.awsmcp.core.policy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Limits on how many calls an engine makes: per minute (a sliding window), per session (the
 * engine's life), and how many of them may be mutations. A runaway agent loop then stops with a
 * clear refusal instead of running all night. Only calls about to be sent count; refused ones
 * do not. Thread-safe.
 */
public final class CallBudget {
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final Limits limits;
  private final Clock clock;
  private final Deque<Long> recent = new ArrayDeque<>();
  private long calls;
  private long mutations;

  /**
   * The limits; empty means unlimited.
   *
   * @param perMinute calls in any 60-second window
   * @param perSession calls over the engine's life
   * @param mutations mutating calls over the engine's life
   */
  public record Limits(OptionalInt perMinute, OptionalInt perSession, OptionalInt mutations) {
    public static Limits none() {
      return new Limits(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    boolean isNone() {
      return perMinute.isEmpty() && perSession.isEmpty() && mutations.isEmpty();
    }
  }

  public CallBudget(Limits limits) {
    this(limits, Clock.systemUTC());
  }

  CallBudget(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** Whether any limit is set; without one, {@link #take} never refuses and callers need not classify the call. */
  public boolean isLimited() {
    return !limits.isNone();
  }

  /**
   * Takes one call from the budget, or says which limit it would exceed (and takes nothing).
   *
   * @param mutating whether the call may change resources
   */
  public synchronized Optional<String> take(boolean mutating) {
    if (!isLimited()) {
      return Optional.empty();
    }
    long now = clock.millis();
    while (!recent.isEmpty() && recent.peekFirst() <= now - WINDOW.toMillis()) {
      recent.removeFirst();
    }
    if (limits.perMinute().isPresent() && recent.size() >= limits.perMinute().getAsInt()) {
      return Optional.of("the budget of " + limits.perMinute().getAsInt() + " calls per minute is used up"
          + " (AWS_MCP_MAX_CALLS_PER_MINUTE); wait a minute, and check the agent is not looping");
    }
    if (limits.perSession().isPresent() && calls >= limits.perSession().getAsInt()) {
      return Optional.of("the budget of " + limits.perSession().getAsInt() + " calls for this session is used up"
          + " (AWS_MCP_MAX_CALLS_PER_SESSION); a human must restart the server to allow more");
    }
    if (mutating && limits.mutations().isPresent() && mutations >= limits.mutations().getAsInt()) {
      return Optional.of("the budget of " + limits.mutations().getAsInt() + " mutating calls for this session is used up"
          + " (AWS_MCP_MAX_MUTATIONS); a human must restart the server to allow more");
    }
    recent.addLast(now);
    calls++;
    if (mutating) {
      mutations++;
    }
    return Optional.empty();
  }
}
