package dev.awsmcp.server.cli;

/** The documented exit codes of the command line. */
final class ExitCodes {
  static final int OK = 0;
  static final int SERVICE_ERROR = 1;
  static final int REFUSED = 2;
  static final int ENGINE_ERROR = 3;
  /** {@code serve} refused its configuration: an unknown transport, or HTTP without authentication or with invalid settings. */
  static final int CONFIGURATION_REFUSED = 4;

  private ExitCodes() {}
}
