package dev.awsmcp.core.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments one operation accepts, in the CLI's order, with argparse's lookup rules: an
 * exact name, or an unambiguous prefix of one. Immutable.
 */
final class ArgumentTable {
  private final Map<String, CliArgument> options;
  private final List<CliArgument> positionals;

  ArgumentTable(Map<String, CliArgument> arguments) {
    Map<String, CliArgument> opts = new LinkedHashMap<>();
    List<CliArgument> pos = new ArrayList<>();
    for (CliArgument a : arguments.values()) {
      if (a.positional()) {
        pos.add(a);
      } else {
        opts.put(a.name(), a);
      }
    }
    this.options = Collections.unmodifiableMap(opts);
    this.positionals = List.copyOf(pos);
  }

  /** Options by name (without {@code --}), in table order. */
  Map<String, CliArgument> options() {
    return options;
  }

  List<CliArgument> positionals() {
    return positionals;
  }

  /**
   * Finds an option by exact name or unambiguous prefix.
   *
   * @return the match, or an empty list when none, or several when the prefix is ambiguous
   */
  List<CliArgument> lookup(String name) {
    CliArgument exact = options.get(name);
    if (exact != null) {
      return List.of(exact);
    }
    List<CliArgument> matches = new ArrayList<>(2);
    for (Map.Entry<String, CliArgument> e : options.entrySet()) {
      if (e.getKey().startsWith(name)) {
        matches.add(e.getValue());
      }
    }
    return matches;
  }
}
