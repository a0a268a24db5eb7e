package dev.awsmcp.core.protocol.rest;

import dev.awsmcp.core.protocol.PercentEncoding;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.WireRequest;
import java.util.function.Function;

/**
 * Expands an operation's request URI template ({@code /{Bucket}/{Key+}?tagging}): labels are
 * percent-encoded, a greedy label ({@code {Key+}}) keeps its slashes, and the literal query part
 * of the template becomes query parameters that bound members may not override.
 */
final class RequestUri {
  private RequestUri() {}

  /**
   * The encoded path of the template; {@code labels} gives the raw text of a label by name, or
   * null when the input has no value for it.
   */
  static String expandPath(String template, Function<String, String> labels) {
    int q = template.indexOf('?');
    String path = q < 0 ? template : template.substring(0, q);
    StringBuilder sb = new StringBuilder(path.length() + 32);
    int i = 0;
    while (i < path.length()) {
      int open = path.indexOf('{', i);
      if (open < 0) {
        sb.append(path, i, path.length());
        break;
      }
      int close = path.indexOf('}', open);
      if (close < 0) {
        throw new ProtocolException("unbalanced URI template " + template);
      }
      sb.append(path, i, open);
      String label = path.substring(open + 1, close);
      boolean greedy = label.endsWith("+");
      String name = greedy ? label.substring(0, label.length() - 1) : label;
      String value = labels.apply(name);
      if (value == null || value.isEmpty()) {
        throw new ProtocolException("the request URI needs a value for " + name);
      }
      sb.append(greedy ? PercentEncoding.encodeKeepingSlash(value) : PercentEncoding.encode(value));
      i = close + 1;
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  /** Adds the template's literal query ({@code ?list-type=2&x}) to the request. */
  static void addLiteralQuery(String template, WireRequest.Builder request) {
    int q = template.indexOf('?');
    if (q < 0) {
      return;
    }
    for (String part : template.substring(q + 1).split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        request.addQueryKey(part);
      } else {
        request.addQuery(part.substring(0, eq), part.substring(eq + 1));
      }
    }
  }
}
