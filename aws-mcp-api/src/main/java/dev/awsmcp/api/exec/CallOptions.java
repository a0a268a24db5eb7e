package dev.awsmcp.api.exec;

import dev.awsmcp.api.policy.ConsentHandler;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call settings an agent or a surface may choose, on top of what the command line says.
 *
 * @param maxResults the most items auto-pagination returns before it stops and hands back a
 *     continuation token (the {@code max_results} of {@code call_aws}); empty for no cap beyond
 *     the command's own {@code --max-items}
 * @param maxResponseChars the longest rendered response handed back; a longer one is cut and
 *     marked as {@linkplain CallResult#truncation() truncated}; empty for the engine's default
 * @param consentHandler who to ask, for this call only, when it needs consent (the MCP session
 *     the call came from); empty for the engine's own handler
 * @param listener hears the call advance (pages received); {@link CallListener#NONE} by default
 * @param caller who asked, as the surface authenticated them (the subject of an HTTP bearer
 *     token), recorded in the audit; empty when the surface does not know
 */
public record CallOptions(Optional<Integer> maxResults, Optional<Integer> maxResponseChars,
    Optional<ConsentHandler> consentHandler, CallListener listener, Optional<String> caller) {
  private static final CallOptions DEFAULTS = new CallOptions(Optional.empty(), Optional.empty());

  public CallOptions {
    Objects.requireNonNull(consentHandler, "consentHandler");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(caller, "caller");
    maxResults.ifPresent(n -> {
      if (n < 1) {
        throw new IllegalArgumentException("maxResults must be at least 1: " + n);
      }
    });
    maxResponseChars.ifPresent(n -> {
      if (n < 1) {
        throw new IllegalArgumentException("maxResponseChars must be at least 1: " + n);
      }
    });
  }

  /** Options with the engine's consent handler and no listener. */
  public CallOptions(Optional<Integer> maxResults, Optional<Integer> maxResponseChars) {
    this(maxResults, maxResponseChars, Optional.empty(), CallListener.NONE, Optional.empty());
  }

  public static CallOptions defaults() {
    return DEFAULTS;
  }

  public CallOptions withMaxResults(int n) {
    return new CallOptions(Optional.of(n), maxResponseChars, consentHandler, listener, caller);
  }

  public CallOptions withMaxResponseChars(int n) {
    return new CallOptions(maxResults, Optional.of(n), consentHandler, listener, caller);
  }

  /** Asks {@code handler} instead of the engine's handler when this call needs consent. */
  public CallOptions withConsentHandler(ConsentHandler handler) {
    return new CallOptions(maxResults, maxResponseChars, Optional.of(handler), listener, caller);
  }

  public CallOptions withListener(CallListener l) {
    return new CallOptions(maxResults, maxResponseChars, consentHandler, l, caller);
  }

  /** Names who asked for this call in the audit (for example an authenticated HTTP user). */
  public CallOptions withCaller(String who) {
    return new CallOptions(maxResults, maxResponseChars, consentHandler, listener, Optional.of(who));
  }
}
