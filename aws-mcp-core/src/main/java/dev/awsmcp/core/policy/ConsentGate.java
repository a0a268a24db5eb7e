package dev.awsmcp.core.policy;

import dev.awsmcp.api.policy.ConsentAnswer;
import dev.awsmcp.api.policy.ConsentHandler;
import dev.awsmcp.api.policy.ConsentRequest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks a {@link ConsentHandler} with the wait bounded: no answer in time, an exception or a null
 * answer all count as declined, so a hung prompt never holds a call (or approves it).
 */
public final class ConsentGate {
  private final ConsentHandler handler;
  private final ExecutorService askers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "aws-mcp-consent");
    t.setDaemon(true);
    return t;
  });

  public ConsentGate(ConsentHandler handler) {
    this.handler = handler;
  }

  public ConsentAnswer ask(ConsentRequest request) {
    return ask(handler, request);
  }

  /** Asks another handler than the default one (a call's own, such as its MCP session), with the same bound. */
  public ConsentAnswer ask(ConsentHandler asked, ConsentRequest request) {
    Future<ConsentAnswer> answer = askers.submit(() -> asked.ask(request));
    try {
      ConsentAnswer a = answer.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
      return a == null ? ConsentAnswer.DECLINED : a;
    } catch (TimeoutException e) {
      answer.cancel(true);
      return ConsentAnswer.DECLINED;
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      return ConsentAnswer.DECLINED;
    } catch (ExecutionException e) {
      return ConsentAnswer.DECLINED;
    }
  }
}
