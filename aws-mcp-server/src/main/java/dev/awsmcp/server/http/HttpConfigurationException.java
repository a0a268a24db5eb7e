package dev.awsmcp.server.http;

/** The HTTP settings are invalid or unsafe (no authentication): the server refuses to start, saying why. */
public final class HttpConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HttpConfigurationException(String message) {
    super(message);
  }
}
