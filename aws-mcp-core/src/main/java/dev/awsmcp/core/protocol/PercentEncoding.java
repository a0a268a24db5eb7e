package dev.awsmcp.core.protocol;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as AWS expects it: everything except unreserved characters
 * ({@code A-Z a-z 0-9 - _ . ~}) is encoded, space as {@code %20}, never {@code +}.
 */
public final class PercentEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  public static String encode(String s) {
    return encode(s, false);
  }

  /** Encodes, keeping {@code /} as is (greedy URI labels, S3 keys). */
  public static String encodeKeepingSlash(String s) {
    return encode(s, true);
  }

  private static String encode(String s, boolean keepSlash) {
    StringBuilder sb = null;
    byte[] bytes = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unreserved(c) && !(keepSlash && c == '/')) {
        bytes = s.getBytes(StandardCharsets.UTF_8);
        sb = new StringBuilder(bytes.length + 16);
        break;
      }
    }
    if (sb == null) {
      return s;
    }
    for (byte b : bytes) {
      char c = (char) (b & 0xff);
      if (unreserved(c) || (keepSlash && c == '/')) {
        sb.append(c);
      } else {
        sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return sb.toString();
  }

  private static boolean unreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '.' || c == '~';
  }
}
