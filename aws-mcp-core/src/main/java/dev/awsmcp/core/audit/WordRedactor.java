package dev.awsmcp.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Redacts the words of one command line, left to right, remembering which option the words
 * after an option belong to. Not thread-safe: one per line.
 *
 * <ul>
 *   <li>every word after a secret option up to the next option is masked whole, as is the value
 *       of {@code --option=value};
 *   <li>a JSON value is parsed and masked by its shape and its key names, then written compactly;
 *   <li>any value word has the command's known secrets (collected from the parsed input, so
 *       shorthand is covered) and the {@link SecretPatterns} masked;
 *   <li>after a configuration key such as {@code aws_secret_access_key} the next word is masked.
 * </ul>
 */
final class WordRedactor {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SecretRedactor.CommandOptions options;
  private final Set<String> secrets;
  private boolean masking;
  private Shape current;

  WordRedactor(SecretRedactor.CommandOptions options, Set<String> secrets) {
    this.options = options;
    this.secrets = secrets;
  }

  List<String> redact(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String word : words) {
      out.add(isOption(word) ? option(word) : value(word));
    }
    return out;
  }

  // "--" and a letter or digit: a PEM armour line ("-----BEGIN") is a value, not an option.
  private static boolean isOption(String word) {
    return word.length() > 2 && word.startsWith("--") && Character.isLetterOrDigit(word.charAt(2));
  }

  private String option(String word) {
    int eq = word.indexOf('=');
    String name = eq > 0 ? word.substring(0, eq) : word;
    current = options.shapeOf(name);
    masking = SensitiveJson.isSensitive(current)
        || (SecretNames.isSecret(name) && !SensitiveJson.isFlagOrNumber(current));
    if (eq < 0) {
      return word;
    }
    return name + "=" + (masking ? SecretPatterns.MASK : redactValue(word.substring(eq + 1)));
  }

  private String value(String word) {
    if (masking) {
      return SecretPatterns.MASK;
    }
    String redacted = redactValue(word);
    // `configure set aws_secret_access_key VALUE`: a key word names the secret that follows.
    if (word.indexOf('_') >= 0 && !word.startsWith("-") && SecretNames.isSecret(word)) {
      masking = true;
      current = null;
    }
    return redacted;
  }

  private String redactValue(String word) {
    String v = word;
    String trimmed = word.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      v = redactJson(word);
    }
    // The known secrets are searched for only where the model puts them: a short secret (a
    // one-letter client id) would otherwise mask letters all over the line.
    return SensitiveJson.mayHoldSecrets(current)
        ? SecretRedactor.redactText(v, secrets)
        : SecretPatterns.redact(v);
  }

  private String redactJson(String word) {
    try {
      JsonNode node = JSON.readTree(word);
      return node == null ? word : JSON.writeValueAsString(SensitiveJson.redact(node, current));
    } catch (JsonProcessingException e) {
      return word; // shorthand such as [a,b] or broken JSON: the names and known secrets still apply
    }
  }
}
