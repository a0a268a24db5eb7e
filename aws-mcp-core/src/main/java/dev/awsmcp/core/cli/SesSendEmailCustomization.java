package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ses send-email}'s simple form ({@code awscli/customizations/sessendemail.py}):
 * {@code --to}, {@code --cc} and {@code --bcc} (one or more addresses each) build
 * {@code Destination}; {@code --subject}, {@code --text} and {@code --html} build
 * {@code Message} ({@code {"Subject": {"Data": ...}, "Body": {"Text": {"Data": ...}}}}).
 * {@code --destination} and {@code --message} are then optional; {@code --to/--cc/--bcc}
 * exclude {@code --destination}, {@code --text/--html} exclude {@code --message}
 * ({@code --subject} may go with {@code --message} and replaces its subject). Empty
 * {@code --subject/--text/--html} values are ignored. ({@code --from} for {@code Source} is an
 * argument rename.)
 */
final class SesSendEmailCustomization implements OperationCustomization {
  private static final List<String> ADDRESSES = List.of("to", "cc", "bcc");
  private static final List<String> BODY = List.of("subject", "text", "html");

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    optional(table, "message");
    optional(table, "destination");
    for (String name : ADDRESSES) {
      table.put(name, CliArgument.custom(name, Arity.ONE_OR_MORE));
    }
    for (String name : BODY) {
      table.put(name, CliArgument.custom(name, Arity.ONE));
    }
  }

  private static void optional(Map<String, CliArgument> table, String name) {
    CliArgument a = table.get(name);
    if (a != null) {
      table.put(name, new CliArgument(a.name(), a.kind(), a.member(), a.arity(), false, a.hidden()));
    }
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    // Table order: the model's Destination and Message, then to, cc, bcc, subject, text, html.
    List<String> present = new ArrayList<>();
    if (params.has("Destination")) {
      present.add("destination");
    }
    if (params.has("Message")) {
      present.add("message");
    }
    ADDRESSES.stream().filter(given::containsKey).forEach(present::add);
    BODY.stream().filter(given::containsKey).forEach(present::add);
    CommandError e = MutuallyExclusiveArguments.check(present, List.of(List.of("destination"), List.of("to", "cc", "bcc")));
    if (e == null) {
      e = MutuallyExclusiveArguments.check(present, List.of(List.of("message"), List.of("text", "html")));
    }
    if (e != null) {
      return e;
    }
    for (String name : ADDRESSES) {
      if (given.containsKey(name)) {
        ValueResult v = CustomArgumentValues.texts(values, "--" + name, given.get(name));
        if (v.isError()) {
          return v.error();
        }
        if (CustomArgumentValues.truthy(v.value())) {
          ObjectNode destination = object(params, "Destination");
          if (destination == null) {
            return notAnObject("--" + name, "Destination");
          }
          destination.set(Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Addresses", v.value());
        }
      }
    }
    for (String name : BODY) {
      if (given.containsKey(name)) {
        ValueResult v = CustomArgumentValues.text(values, "--" + name, given.get(name).get(0));
        if (v.isError()) {
          return v.error();
        }
        if (CustomArgumentValues.truthy(v.value())) {
          CommandError bad = message(params, name, v.value());
          if (bad != null) {
            return bad;
          }
        }
      }
    }
    return null;
  }

  // _build_message: Message starts as {"Subject": {}, "Body": {}}.
  private static CommandError message(ObjectNode params, String name, JsonNode value) {
    if (!params.has("Message")) {
      ObjectNode m = params.putObject("Message");
      m.putObject("Subject");
      m.putObject("Body");
    }
    ObjectNode message = object(params, "Message");
    if (message == null) {
      return notAnObject("--" + name, "Message");
    }
    if (name.equals("subject")) {
      message.putObject("Subject").set("Data", value);
      return null;
    }
    ObjectNode body = object(message, "Body");
    if (body == null) {
      return notAnObject("--" + name, "Message.Body");
    }
    body.putObject(name.equals("text") ? "Text" : "Html").set("Data", value);
    return null;
  }

  private static ObjectNode object(ObjectNode parent, String key) {
    if (!parent.has(key)) {
      parent.putObject(key);
    }
    JsonNode node = parent.get(key);
    return node.isObject() ? (ObjectNode) node : null;
  }

  private static CommandError notAnObject(String param, String where) {
    return CommandError.forParameter(ErrorCode.INVALID_TYPE, param, param + " adds to " + where + ", which is not a structure");
  }
}
