package dev.awsmcp.core.policy;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of a deny, consent or allow list: {@code aws <service> [<operation>]} with {@code *}
 * and {@code ?} wildcards ({@code aws s3api delete-*}, {@code aws iam *}, {@code aws * terminate-*}).
 *
 * <p>Both names of a command match: the service as written on the command line or as the model
 * names it ({@code s3api} and {@code s3}), the operation in CLI or API spelling
 * ({@code delete-object} and {@code DeleteObject}). Names are compared without case, hyphens or
 * underscores, so an entry copied from either the CLI's or the API's documentation means what
 * it says; the reference server matched exact strings only, and its documented entries missed.
 */
final class CommandPattern {
  private final String text;
  private final Pattern service;
  private final Pattern operation;

  private CommandPattern(String text, Pattern service, Pattern operation) {
    this.text = text;
    this.service = service;
    this.operation = operation;
  }

  /** Parses an entry; throws {@link IllegalArgumentException} saying what is wrong with it. */
  static CommandPattern parse(String text) {
    String[] words = text.trim().split("\\s+");
    int first = words.length > 0 && words[0].equals("aws") ? 1 : 0;
    int count = words.length - first;
    if (text.isBlank() || count < 1) {
      throw new IllegalArgumentException("'" + text + "' names no service: write 'aws <service> <operation>' (wildcards * and ? allowed)");
    }
    if (count > 2) {
      throw new IllegalArgumentException("'" + text + "' has more than a service and an operation: arguments are not matched,"
          + " write 'aws <service> <operation>'");
    }
    for (int i = first; i < words.length; i++) {
      if (!words[i].matches("[A-Za-z0-9_*?.-]+")) {
        throw new IllegalArgumentException("'" + text + "': '" + words[i] + "' is not a service or operation name");
      }
    }
    String op = count == 2 ? words[first + 1] : "*";
    return new CommandPattern(text.trim(), glob(words[first]), glob(op));
  }

  boolean matches(String cliService, String service, String cliOperation, String operation) {
    return (this.service.matcher(normal(cliService)).matches() || this.service.matcher(normal(service)).matches())
        && (this.operation.matcher(normal(cliOperation)).matches() || this.operation.matcher(normal(operation)).matches());
  }

  private static Pattern glob(String word) {
    StringBuilder re = new StringBuilder();
    for (char c : normal(word).toCharArray()) {
      if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  @Override
  public String toString() {
    return text;
  }
}
