package dev.awsmcp.core.cli;

import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.text.DidYouMean;
import dev.awsmcp.core.text.Shown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI's second pass over one operation's words: matches options against the argument table
 * (exact or unambiguous prefix, {@code --name=value} too), takes their values with argparse's
 * arity rules, and assigns the remaining words to positionals. A later occurrence of an option
 * replaces an earlier one, as in argparse.
 */
final class OperationArgumentsParser {
  private OperationArgumentsParser() {}

  /** The values given per argument, in the order first given, or the first error. */
  record Result(Map<CliArgument, List<String>> values, CommandError error) {}

  static Result parse(ArgumentTable table, List<Token> words) {
    Map<CliArgument, List<String>> values = new LinkedHashMap<>();
    List<String> stray = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    int positional = 0;
    boolean swallowedEmpty = false;
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      if (!t.looksLikeOption()) {
        if (positional < table.positionals().size()) {
          values.put(table.positionals().get(positional++), List.of(t.text()));
        } else if (t.text().isEmpty() && stray.isEmpty() && !swallowedEmpty) {
          // The CLI's optional "help" positional takes the first stray word; an empty one passes.
          swallowedEmpty = true;
        } else {
          stray.add(t.text());
        }
        continue;
      }
      String word = t.text();
      if (!word.startsWith("--")) {
        unknown.add(word);
        continue;
      }
      int eq = word.indexOf('=');
      String name = (eq < 0 ? word : word.substring(0, eq)).substring(2);
      List<CliArgument> matches = table.lookup(name);
      if (matches.isEmpty()) {
        unknown.add(eq < 0 ? word : word.substring(0, eq));
        // Skip the values of an unknown option so they are not reported as stray words too.
        while (i + 1 < words.size() && !words.get(i + 1).looksLikeOption()) {
          i++;
        }
        continue;
      }
      if (matches.size() > 1) {
        List<String> names = matches.stream().map(CliArgument::cliName).toList();
        return error(CommandError.forParameter(ErrorCode.AMBIGUOUS_PARAMETER, "--" + name,
                "argument --" + name + " is ambiguous: it could be " + String.join(", ", names))
            .withSuggestions(names));
      }
      CliArgument arg = matches.get(0);
      List<String> taken = new ArrayList<>(1);
      if (eq >= 0) {
        if (arg.arity() == Arity.NONE) {
          return error(CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, arg.cliName(),
              "argument " + arg.cliName() + ": ignored explicit argument '" + word.substring(eq + 1) + "'"));
        }
        taken.add(word.substring(eq + 1));
      } else {
        int max = arg.arity() == Arity.NONE ? 0
            : (arg.arity() == Arity.ONE || arg.arity() == Arity.OPTIONAL_ONE) ? 1 : Integer.MAX_VALUE;
        while (taken.size() < max && i + 1 < words.size() && !words.get(i + 1).looksLikeOption()) {
          taken.add(words.get(++i).text());
        }
        if (taken.isEmpty() && (arg.arity() == Arity.ONE || arg.arity() == Arity.ONE_OR_MORE)) {
          return error(CommandError.forParameter(ErrorCode.MISSING_VALUE, arg.cliName(),
              "argument " + arg.cliName() + ": expected " + (arg.arity() == Arity.ONE ? "one argument" : "at least one argument")));
        }
      }
      values.remove(arg);
      values.put(arg, taken);
    }
    if (!unknown.isEmpty()) {
      String first = unknown.get(0);
      List<String> candidates = new ArrayList<>();
      table.options().forEach((k, v) -> {
        if (!v.hidden()) {
          candidates.add("--" + k);
        }
      });
      List<String> suggestions = DidYouMean.suggest(first, candidates, 3);
      String hint = suggestions.isEmpty() ? "" : " Did you mean " + String.join(" or ", suggestions) + "?";
      return error(CommandError.forParameter(ErrorCode.UNKNOWN_PARAMETER, first,
              "Unknown options: " + Shown.words(unknown) + "." + hint)
          .withSuggestions(suggestions));
    }
    if (!stray.isEmpty()) {
      return error(CommandError.of(ErrorCode.UNEXPECTED_ARGUMENT,
          "Unknown options: " + Shown.words(stray)
              + ". A value with spaces must be quoted as one word, for example --name \"two words\"."));
    }
    return new Result(values, null);
  }

  private static Result error(CommandError e) {
    return new Result(Map.of(), e);
  }
}
