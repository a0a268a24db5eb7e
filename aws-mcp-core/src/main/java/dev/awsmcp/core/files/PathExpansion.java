package dev.awsmcp.core.files;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a path as the AWS CLI does before opening it ({@code os.path.expandvars(
 * os.path.expanduser(path))}): a leading {@code ~} or {@code ~/} becomes the home directory, then
 * {@code $NAME} and {@code ${NAME}} become the variable's value. Unknown variables and
 * {@code ~user} stay as written, as in Python.
 *
 * <p>Values come from the engine's environment map, not the process's, so an embedding
 * application decides what an agent's paths can refer to; the sandbox checks the expanded path,
 * so an expansion can never lead outside unnoticed.
 */
final class PathExpansion {
  // Python's expandvars: \$(\w+|\{[^}]*\}), ASCII word characters.
  private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+|\\{[^}]*\\})");

  private final Map<String, String> environment;

  PathExpansion(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  String expand(String path) {
    return expandVariables(expandHome(path));
  }

  private String expandHome(String path) {
    if (!path.equals("~") && !path.startsWith("~/")) {
      return path;
    }
    String home = environment.get("HOME");
    if (home == null || home.isEmpty()) {
      home = System.getProperty("user.home");
    }
    return home + path.substring(1);
  }

  private String expandVariables(String path) {
    if (path.indexOf('$') < 0) {
      return path;
    }
    Matcher m = VARIABLE.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      if (name.startsWith("{")) {
        name = name.substring(1, name.length() - 1);
      }
      String value = environment.get(name);
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
