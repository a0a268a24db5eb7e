package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.text.DidYouMean;
import dev.awsmcp.core.text.Shown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the arguments of a high-level command ({@code s3 cp}, {@code deploy push}, ...) from its
 * argparse spec: options with their nargs, appending options, and positionals in order. The
 * result maps each argument name to its value(s): a flag to true, one value to a string (a
 * number for integer arguments), several to an array.
 */
final class CustomCommandParser {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private CustomCommandParser() {}

  record Result(ObjectNode params, CommandError error) {}

  static Result parse(JsonNode spec, List<Token> words) {
    Map<String, JsonNode> options = new LinkedHashMap<>();
    List<JsonNode> positionals = new ArrayList<>();
    for (JsonNode arg : spec.path("args")) {
      if (arg.path("positional").asBoolean(false)) {
        positionals.add(arg);
      } else {
        options.put(arg.path("name").asText(), arg);
      }
    }
    ObjectNode params = F.objectNode();
    List<String> positionalWords = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      if (!t.looksLikeOption()) {
        positionalWords.add(t.text());
        continue;
      }
      String word = t.text();
      int eq = word.indexOf('=');
      String name = (eq < 0 ? word : word.substring(0, eq)).replaceFirst("^--?", "");
      JsonNode arg = options.get(name);
      if (arg == null) {
        List<JsonNode> matches = new ArrayList<>();
        options.forEach((k, v) -> {
          if (k.startsWith(name)) {
            matches.add(v);
          }
        });
        if (matches.size() > 1) {
          return error(CommandError.forParameter(ErrorCode.AMBIGUOUS_PARAMETER, "--" + name, "argument --" + name + " is ambiguous"));
        }
        arg = matches.isEmpty() ? null : matches.get(0);
      }
      if (arg == null) {
        unknown.add(eq < 0 ? word : word.substring(0, eq));
        continue;
      }
      String argName = arg.path("name").asText();
      JsonNode nargs = arg.path("nargs");
      List<String> values = new ArrayList<>();
      if (eq >= 0) {
        values.add(word.substring(eq + 1));
      } else {
        int max = nargs.isInt() ? nargs.asInt() : nargs.asText().equals("?") ? 1 : Integer.MAX_VALUE;
        while (values.size() < max && i + 1 < words.size() && !words.get(i + 1).looksLikeOption()) {
          values.add(words.get(++i).text());
        }
      }
      CommandError bad = checkCount(argName, nargs, values);
      if (bad != null) {
        return error(bad);
      }
      JsonNode value = value(arg, nargs, values);
      if (arg.path("choices").isArray() && value.isTextual() && !contains(arg.path("choices"), value.asText())) {
        return error(CommandError.forParameter(ErrorCode.INVALID_CHOICE, "--" + argName,
            "argument --" + argName + ": Invalid choice: '" + value.asText() + "'"));
      }
      if (arg.path("append").asBoolean(false)) {
        ArrayNode list = params.has(argName) ? (ArrayNode) params.get(argName) : params.putArray(argName);
        list.add(value);
      } else {
        params.set(argName, value);
      }
    }
    if (!unknown.isEmpty()) {
      List<String> suggestions = DidYouMean.suggest(unknown.get(0), options.keySet().stream().map(k -> "--" + k).toList(), 3);
      return error(CommandError.forParameter(ErrorCode.UNKNOWN_PARAMETER, unknown.get(0),
          "Unknown options: " + Shown.words(unknown) + "." + AwsCliCommandParser.didYouMean(suggestions))
          .withSuggestions(suggestions));
    }
    int next = 0;
    for (JsonNode p : positionals) {
      JsonNode nargs = p.path("nargs");
      String name = p.path("name").asText();
      int available = positionalWords.size() - next;
      int take = nargs.isInt() ? nargs.asInt() : nargs.asText().equals("?") ? Math.min(1, available) : available;
      if (take > available || (nargs.asText().equals("+") && available == 0)) {
        return error(CommandError.forParameter(ErrorCode.MISSING_REQUIRED, name,
            "the following arguments are required: " + name).withSuggestions(List.of()));
      }
      List<String> values = positionalWords.subList(next, next + take);
      next += take;
      if (!values.isEmpty()) {
        params.set(name, value(p, nargs, values));
      } else if (p.has("default")) {
        params.set(name, p.get("default"));
      }
    }
    if (next < positionalWords.size()) {
      return error(CommandError.of(ErrorCode.UNEXPECTED_ARGUMENT,
          "Unknown options: " + Shown.words(positionalWords.subList(next, positionalWords.size()))));
    }
    for (JsonNode arg : spec.path("args")) {
      String name = arg.path("name").asText();
      if (arg.path("required").asBoolean(false) && !params.has(name)) {
        return error(CommandError.forParameter(ErrorCode.MISSING_REQUIRED, arg.path("positional").asBoolean(false) ? name : "--" + name,
            "the following arguments are required: " + (arg.path("positional").asBoolean(false) ? name : "--" + name)));
      }
    }
    return new Result(params, null);
  }

  private static CommandError checkCount(String name, JsonNode nargs, List<String> values) {
    boolean ok;
    if (nargs.isInt()) {
      ok = values.size() == nargs.asInt();
    } else {
      ok = !nargs.asText().equals("+") || !values.isEmpty();
    }
    if (ok) {
      return null;
    }
    String expected = nargs.isInt() ? (nargs.asInt() == 1 ? "one argument" : nargs.asInt() + " arguments") : "at least one argument";
    return CommandError.forParameter(ErrorCode.MISSING_VALUE, "--" + name, "argument --" + name + ": expected " + expected);
  }

  private static JsonNode value(JsonNode arg, JsonNode nargs, List<String> values) {
    if (nargs.isInt() && nargs.asInt() == 0) {
      return F.booleanNode(true);
    }
    boolean many = !(nargs.isInt() && nargs.asInt() == 1) && !nargs.asText().equals("?");
    if (!many) {
      if (values.isEmpty()) {
        return arg.has("const") ? arg.get("const") : F.booleanNode(true);
      }
      return scalar(arg, values.get(0));
    }
    ArrayNode list = F.arrayNode();
    values.forEach(v -> list.add(scalar(arg, v)));
    return list;
  }

  private static JsonNode scalar(JsonNode arg, String v) {
    if ("integer".equals(arg.path("type").asText())) {
      try {
        return F.numberNode(Long.parseLong(v.trim()));
      } catch (NumberFormatException e) {
        return F.textNode(v);
      }
    }
    return F.textNode(v);
  }

  private static boolean contains(JsonNode array, String v) {
    for (JsonNode c : array) {
      if (c.asText().equals(v)) {
        return true;
      }
    }
    return false;
  }

  private static Result error(CommandError e) {
    return new Result(null, e);
  }
}
