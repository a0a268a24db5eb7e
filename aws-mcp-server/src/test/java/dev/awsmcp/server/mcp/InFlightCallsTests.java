package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The server waits for running calls, within its bound. */
class InFlightCallsTests {
  @Test
  void idleOnlyWhenEveryCallEnded() throws Exception {
    InFlightCalls calls = new InFlightCalls();
    assertTrue(calls.awaitIdle(Duration.ZERO));
    calls.enter();
    calls.enter();
    assertFalse(calls.awaitIdle(Duration.ofMillis(20)), "two calls run");
    calls.exit();
    assertFalse(calls.awaitIdle(Duration.ofMillis(20)), "one call runs");
    Thread ender = new Thread(calls::exit);
    ender.start();
    assertTrue(calls.awaitIdle(Duration.ofSeconds(10)), "the last call ended while waiting");
    ender.join();
  }
}
