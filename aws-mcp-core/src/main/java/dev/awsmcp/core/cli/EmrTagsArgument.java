package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code emr add-tags --tags k=v k2=v2 k3} ({@code TagsArgument} of
 * {@code awscli/customizations/emr/addtags.py}): each word is one tag, split at the first
 * {@code =}; a word without {@code =} is a key with an empty value.
 */
final class EmrTagsArgument implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    table.put("tags", new CliArgument("tags", CliArgument.Kind.CUSTOM, null, Arity.ONE_OR_MORE, true, false));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    List<String> words = given.get("tags");
    if (words == null) {
      return null;
    }
    ValueResult v = CustomArgumentValues.texts(values, "--tags", words);
    if (v.isError()) {
      return v.error();
    }
    // A file:// value is one string, which Python iterates character by character.
    List<String> tags = new ArrayList<>();
    JsonNode value = v.value();
    if (value.isTextual()) {
      value.textValue().codePoints().forEach(cp -> tags.add(Character.toString(cp)));
    } else {
      value.forEach(t -> tags.add(t.textValue()));
    }
    ArrayNode out = params.putArray("Tags");
    for (String tag : tags) {
      int eq = tag.indexOf('=');
      out.addObject().put("Key", eq < 0 ? tag : tag.substring(0, eq)).put("Value", eq < 0 ? "" : tag.substring(eq + 1));
    }
    return null;
  }
}
