package dev.awsmcp.api.exec;

/**
 * Hears how a call advances while it runs, so a surface can tell its user that a long call is
 * still working (MCP progress notifications). Methods have no-op defaults, so new events break no
 * listener. Called on the calling thread; keep them quick, and do not throw: an exception is
 * ignored.
 */
public interface CallListener {
  /** Hears nothing. */
  CallListener NONE = new CallListener() {};

  /**
   * A page of a paginated answer arrived.
   *
   * @param pages the pages received so far in this call, from 1
   */
  default void pageReceived(int pages) {}

  /**
   * A {@code --region *} command finished in one more region. Page events are not reported for
   * such a command: its regions run at once.
   *
   * @param region the region that finished
   * @param done regions finished so far, from 1
   * @param total regions the command runs in
   */
  default void regionDone(String region, int done, int total) {}
}
