package dev.awsmcp.server.cli;

import dev.awsmcp.api.policy.ConsentAnswer;
import dev.awsmcp.api.policy.ConsentHandler;
import dev.awsmcp.api.policy.ConsentRequest;
import java.io.Console;
import java.util.Locale;

/**
 * Consent on the command line: {@code --yes} approves, a terminal is asked (on the console, never
 * on stdout, which carries the JSON), and without either nothing can be asked.
 */
final class TerminalConsent {
  private TerminalConsent() {}

  static ConsentHandler of(boolean yes, Console console) {
    if (yes) {
      return ConsentHandler.approveAll();
    }
    if (console == null) {
      return ConsentHandler.none();
    }
    return request -> ask(console, request);
  }

  private static ConsentAnswer ask(Console console, ConsentRequest request) {
    String answer = console.readLine("%s [y/N] ", request.message());
    return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes") ? ConsentAnswer.APPROVED : ConsentAnswer.DECLINED;
  }
}
