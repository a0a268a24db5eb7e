package dev.awsmcp.core.cli;

import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import dev.awsmcp.core.text.Shown;

/**
 * The CLI's first pass: takes the global options out of the words, wherever they stand, and
 * leaves the rest (service, operation, operation arguments) in order. Like argparse it accepts
 * {@code --opt value}, {@code --opt=value} and unambiguous prefixes of global option names.
 */
final class GlobalOptionsParser {
  // botocore's check: a region becomes part of a host name, so nothing else may pass.
  private static final Pattern REGION = Pattern.compile("[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");

  private GlobalOptionsParser() {}

  /** The global options found and the words left. */
  record Result(Map<GlobalOption, String> options, List<Token> rest, CommandError error) {}

  static Result parse(List<Token> words) {
    Map<GlobalOption, String> options = new LinkedHashMap<>();
    List<Token> rest = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      if (!t.looksLikeOption() || !t.text().startsWith("--") || t.text().equals("--")) {
        rest.add(t);
        continue;
      }
      String word = t.text();
      int eq = word.indexOf('=');
      String name = eq < 0 ? word : word.substring(0, eq);
      List<GlobalOption> matches = GlobalOption.lookup(name);
      if (matches.isEmpty()) {
        rest.add(t);
        continue;
      }
      if (matches.size() > 1) {
        // argparse would refuse; but an operation may own a longer option with this prefix,
        // so leave it to the operation's table.
        rest.add(t);
        continue;
      }
      GlobalOption option = matches.get(0);
      String value;
      if (!option.takesValue()) {
        if (eq >= 0) {
          return error(option.cliName() + ": ignored explicit argument '" + Shown.word(word.substring(eq + 1)) + "'");
        }
        value = "";
      } else if (eq >= 0) {
        value = word.substring(eq + 1);
      } else if (i + 1 < words.size() && !words.get(i + 1).looksLikeOption()) {
        value = words.get(++i).text();
      } else {
        return error("argument " + option.cliName() + ": expected one argument");
      }
      if (!option.choices().isEmpty() && !option.choices().contains(value)) {
        return error("argument " + option.cliName() + ": Invalid choice: '" + Shown.word(value) + "', choose from "
            + String.join(", ", option.choices().stream().sorted().toList()));
      }
      // '*' asks for every enabled region (the reference server's fan-out); the engine expands it.
      if (option == GlobalOption.REGION && !value.equals(RegionResolver.EVERY_REGION) && !REGION.matcher(value).matches()) {
        return error("Provided region_name '" + Shown.word(value) + "' doesn't match a supported format.");
      }
      if ((option == GlobalOption.CLI_READ_TIMEOUT || option == GlobalOption.CLI_CONNECT_TIMEOUT) && !isInt(value)) {
        return error("argument " + option.cliName() + ": invalid int value: '" + Shown.word(value) + "'");
      }
      options.put(option, value);
    }
    return new Result(options, rest, null);
  }

  private static boolean isInt(String s) {
    try {
      Integer.parseInt(s.trim());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Result error(String message) {
    return new Result(Map.of(), List.of(), CommandError.of(ErrorCode.INVALID_GLOBAL_OPTION, message));
  }
}
