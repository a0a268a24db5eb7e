package dev.awsmcp.core.endpoint;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;
import software.amazon.smithy.rulesengine.language.EndpointRuleSet;

/**
 * Parses an endpoint rule set document. The Smithy rules engine type-checks while parsing and
 * refuses a function call on an optional parameter not proven set; botocore never type-checks,
 * and some published rule sets do exactly that with {@code Region} ({@code sdb} and
 * {@code importexport} in botocore 1.43; about 200 services in the botocore of AWS CLI v2.9).
 * Such a parameter is declared required and the document parsed again: the built-in always
 * supplies a region, so the rules behave as botocore runs them.
 */
final class RuleSetParser {
  private static final Pattern UNPROVEN = Pattern.compile("`isSet\\((\\w+)\\)` to prove that this value is non-null");

  private RuleSetParser() {}

  static EndpointRuleSet parse(String serviceName, String json) {
    ObjectNode document;
    try {
      document = Node.parse(json).expectObjectNode();
    } catch (RuntimeException e) {
      throw unreadable(serviceName, e);
    }
    Set<String> madeRequired = new HashSet<>();
    while (true) {
      try {
        return EndpointRuleSet.fromNode(document);
      } catch (RuntimeException e) {
        String parameter = unprovenParameter(e);
        if (parameter == null || !madeRequired.add(parameter) || !declares(document, parameter)) {
          throw unreadable(serviceName, e);
        }
        document = required(document, parameter);
      }
    }
  }

  // The parameter a type error names, searching the causes (the engine wraps its errors).
  private static String unprovenParameter(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = UNPROVEN.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static boolean declares(ObjectNode document, String parameter) {
    return document.getObjectMember("parameters").flatMap(p -> p.getObjectMember(parameter)).isPresent();
  }

  private static ObjectNode required(ObjectNode document, String parameter) {
    ObjectNode parameters = document.expectObjectMember("parameters");
    ObjectNode declaration = parameters.expectObjectMember(parameter).withMember("required", Node.from(true));
    return document.withMember("parameters", parameters.withMember(parameter, declaration));
  }

  private static EndpointException unreadable(String serviceName, RuntimeException e) {
    return new EndpointException("the endpoint rule set of " + serviceName + " cannot be read: "
        + e.getMessage().split("\n")[0], e);
  }
}
