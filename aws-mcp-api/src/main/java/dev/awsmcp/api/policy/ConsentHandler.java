package dev.awsmcp.api.policy;

/**
 * Asks a human whether a command the policy marked for consent may run: an MCP elicitation, a
 * LangChain4j callback, a terminal prompt. The engine bounds the wait: an answer that does not
 * come within {@link ConsentRequest#timeout()} counts as declined, and so does an exception.
 *
 * <p>Implementations are thread-safe; {@link #ask} may block until the human answers.
 */
@FunctionalInterface
public interface ConsentHandler {

  ConsentAnswer ask(ConsentRequest request);

  /** No one to ask: every command that needs consent is refused, with a message saying how to allow it. */
  static ConsentHandler none() {
    return request -> ConsentAnswer.UNAVAILABLE;
  }

  /** Approves everything without asking ({@code --yes}): for scripts whose author already decided. */
  static ConsentHandler approveAll() {
    return request -> ConsentAnswer.APPROVED;
  }
}
