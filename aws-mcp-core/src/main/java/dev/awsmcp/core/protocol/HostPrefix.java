package dev.awsmcp.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands an operation's endpoint host prefix ({@code {AccountId}.}, {@code data-}): each
 * {@code {Label}} is replaced by the input member of that name, which must be a valid piece of
 * a host name, because it ends up in the TLS name the client connects to.
 */
public final class HostPrefix {
  private static final Pattern LABEL = Pattern.compile("\\{([^}]+)}");
  private static final Pattern HOST_CHARS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

  private HostPrefix() {}

  /** The expanded prefix, or "" when the operation has none. */
  public static String expand(Operation operation, ObjectNode input) {
    if (operation.hostPrefix().isEmpty()) {
      return "";
    }
    Matcher m = LABEL.matcher(operation.hostPrefix().get());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      JsonNode v = input.get(m.group(1));
      if (v == null || v.isNull() || !v.isValueNode() || v.asText().isEmpty()) {
        throw new ProtocolException("the host prefix needs a value for " + m.group(1));
      }
      if (!HOST_CHARS.matcher(v.asText()).matches()) {
        throw new ProtocolException(m.group(1) + " is not a valid host label: " + v.asText());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v.asText()));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
