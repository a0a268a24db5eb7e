package dev.awsmcp.core.cli;

import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import java.util.List;

/**
 * The CLI's {@code validate_mutually_exclusive} ({@code awscli.customizations.utils}): arguments
 * of different groups cannot be given together. The CLI walks the given arguments in
 * argument-table order; the first one in a group fixes the group, and the first one in another
 * group is reported. Names are the CLI's Python names ({@code metric_data}). Stateless.
 */
final class MutuallyExclusiveArguments {
  private MutuallyExclusiveArguments() {}

  /**
   * @param givenInTableOrder the Python names of the arguments given, in argument-table order
   * @param groups the exclusive groups
   * @return the CLI's error, or null
   */
  static CommandError check(List<String> givenInTableOrder, List<List<String>> groups) {
    List<String> current = null;
    for (String key : givenInTableOrder) {
      List<String> group = groups.stream().filter(g -> g.contains(key)).findFirst().orElse(null);
      if (group == null) {
        continue;
      }
      if (current == null) {
        current = group;
      } else if (!group.equals(current)) {
        return CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, "--" + key.replace('_', '-'),
            "The key \"" + key + "\" cannot be specified when one of the following keys are also specified: "
                + String.join(", ", current));
      }
    }
    return null;
  }
}
