package dev.awsmcp.core.audit;

import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.cli.CliNames;
import dev.awsmcp.core.cli.CommandWords;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Command lines fit for the audit: every secret value replaced by {@code ****}.
 *
 * <p>Two layers. The model: an option whose input member targets a {@code sensitive} shape is
 * masked whole, and inside JSON and shorthand values every sensitive value at any depth is
 * masked (the parsed input tells which values those are, whatever syntax carried them). The
 * names: {@link SecretNames} and {@link SecretPatterns} catch what no model marks. A line that
 * does not even split into words is masked from its first secret option to its end.
 *
 * <p>Thread-safe; models come from the engine's catalog, already loaded by the parse.
 */
final class SecretRedactor {
  // --option or --option=value at a word start, for lines that did not split into words.
  private static final Pattern RAW_OPTION = Pattern.compile("(?:^|\\s)(--[A-Za-z0-9][A-Za-z0-9-]*)(?==|\\s|$)");

  private final ServiceCatalog catalog;

  SecretRedactor(ServiceCatalog catalog) {
    this.catalog = catalog;
  }

  /** The command's line, redacted with its model. */
  String redact(ParsedCommand command) {
    Optional<Shape> input = inputShape(command);
    Set<String> secrets = new LinkedHashSet<>();
    input.ifPresent(shape -> SensitiveJson.collect(command.params(), shape, secrets));
    return redact(command.commandLine(), new CommandOptions(input.orElse(null)), secrets);
  }

  /** A line that did not parse, redacted by names alone. */
  String redactRaw(String line) {
    return redact(line, new CommandOptions(null), Set.of());
  }

  /** Free text (a policy's reason), redacted by names and by the command's known secrets. */
  static String redactText(String text, Set<String> secrets) {
    return SecretPatterns.redact(replaceAll(text, secrets));
  }

  /** The secret values of a command's input, to redact text that may quote them. */
  Set<String> secretsOf(ParsedCommand command) {
    Set<String> secrets = new LinkedHashSet<>();
    inputShape(command).ifPresent(shape -> SensitiveJson.collect(command.params(), shape, secrets));
    return secrets;
  }

  private String redact(String line, CommandOptions options, Set<String> secrets) {
    return CommandWords.split(line)
        .map(words -> ShellWords.join(new WordRedactor(options, secrets).redact(words)))
        .orElseGet(() -> redactUnsplittable(line, secrets));
  }

  // Without words there is no telling where a quoted secret ends: mask to the end of the line.
  private static String redactUnsplittable(String line, Set<String> secrets) {
    Matcher m = RAW_OPTION.matcher(line);
    while (m.find()) {
      if (SecretNames.isSecret(m.group(1))) {
        int start = m.end(1);
        line = line.substring(0, start) + " " + SecretPatterns.MASK;
        break;
      }
    }
    return redactText(line, secrets);
  }

  static String replaceAll(String text, Set<String> secrets) {
    if (secrets.isEmpty()) {
      return text;
    }
    // Longest first, so that a secret containing a shorter one is masked whole.
    List<String> ordered = secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    String s = text;
    for (String secret : ordered) {
      if (s.contains(secret)) {
        s = s.replace(secret, SecretPatterns.MASK);
      }
    }
    return s;
  }

  private Optional<Shape> inputShape(ParsedCommand command) {
    if (command.kind() != CommandKind.OPERATION) {
      return Optional.empty();
    }
    Optional<ServiceModel> model = catalog.load(command.service());
    return model.flatMap(m -> m.operation(command.operation()))
        .flatMap(op -> op.inputShape())
        .map(name -> model.get().shape(name));
  }

  /** An operation's options by CLI name ({@code --secret-string}) and its input shape. */
  static final class CommandOptions {
    private final Shape input;
    private final Map<String, Member> byOption = new HashMap<>();

    CommandOptions(Shape input) {
      this.input = input;
      if (input != null) {
        for (Member m : input.members().values()) {
          byOption.put("--" + CliNames.xform(m.name()), m);
        }
      }
    }

    /** The shape an option's value has: its member's target, the input for an input document. */
    Shape shapeOf(String option) {
      Member m = byOption.get(option);
      if (m != null) {
        return m.target();
      }
      return option.equals("--cli-input-json") || option.equals("--cli-input-yaml") ? input : null;
    }
  }
}
