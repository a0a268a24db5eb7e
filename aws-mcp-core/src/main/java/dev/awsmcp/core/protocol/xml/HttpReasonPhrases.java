package dev.awsmcp.core.protocol.xml;

import java.util.Map;

/**
 * The standard reason phrases of HTTP status codes. botocore reports an error response without a
 * readable body (an S3 HEAD that answers 404) as code {@code "404"} with the reason phrase as the
 * message; HTTP/2 carries no reason phrase, so the table gives it.
 */
final class HttpReasonPhrases {
  private static final Map<Integer, String> PHRASES = Map.ofEntries(
      Map.entry(301, "Moved Permanently"),
      Map.entry(302, "Found"),
      Map.entry(304, "Not Modified"),
      Map.entry(307, "Temporary Redirect"),
      Map.entry(400, "Bad Request"),
      Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"),
      Map.entry(409, "Conflict"),
      Map.entry(411, "Length Required"),
      Map.entry(412, "Precondition Failed"),
      Map.entry(413, "Request Entity Too Large"),
      Map.entry(416, "Requested Range Not Satisfiable"),
      Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"),
      Map.entry(501, "Not Implemented"),
      Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));

  private HttpReasonPhrases() {}

  /** The reason phrase, or "" for a status without a common one. */
  static String of(int status) {
    return PHRASES.getOrDefault(status, "");
  }
}
