package dev.awsmcp.core.tools;

import dev.awsmcp.api.policy.ConsentHandler;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a surface offers a tool while one call runs: progress and warnings for the user, and who
 * to ask for consent. Every method has a no-op default, so a surface offers what it has (an MCP
 * session reports progress only when the client sent a progress token).
 */
public interface ToolContext {
  /** Offers nothing: no progress, no warnings, the engine's own consent handler. */
  ToolContext NONE = new ToolContext() {};

  /**
   * The call advanced. {@code progress} only grows within one call.
   *
   * @param progress work done, in units of {@code total} when it is given
   * @param total the work expected, when known
   * @param message what is happening, for a human
   */
  default void progress(double progress, OptionalDouble total, String message) {}

  /** Something the user should know although the call went on (an answer cut to fit). */
  default void warn(String message) {}

  /** Who asked, as the surface authenticated them (an HTTP bearer token's subject), for the audit. */
  default Optional<String> caller() {
    return Optional.empty();
  }

  /** Who to ask when a command needs consent; empty for the engine's own handler. */
  default Optional<ConsentHandler> consentHandler() {
    return Optional.empty();
  }
}
