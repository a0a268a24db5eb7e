package dev.awsmcp.core.suggest;

import dev.awsmcp.core.model.ServiceMetadata;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names a person may use for a service besides its CLI name: the model name, the SDK id
 * ({@code DynamoDB}, {@code Route 53}) and the full name without its vendor prefix
 * ({@code Elastic Compute Cloud}). Hyphens become spaces so each part is a word of its own.
 */
final class ServiceAliases {
  private ServiceAliases() {}

  static String of(String cliName, String modelName, ServiceMetadata metadata) {
    Set<String> names = new LinkedHashSet<>();
    names.add(words(cliName));
    names.add(words(modelName));
    if (metadata.serviceId() != null) {
      names.add(words(metadata.serviceId()));
    }
    if (metadata.serviceFullName() != null) {
      names.add(withoutVendor(metadata.serviceFullName()));
    }
    names.removeIf(String::isBlank);
    return String.join(" ", names);
  }

  /** The full name, for example {@code Amazon Simple Storage Service}, or the CLI name if it has none. */
  static String title(String cliName, ServiceMetadata metadata) {
    String full = metadata.serviceFullName();
    return full == null || full.isBlank() ? cliName : full;
  }

  private static String words(String name) {
    return name.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  private static String withoutVendor(String fullName) {
    String name = fullName.trim();
    for (String prefix : new String[] {"Amazon ", "AWS ", "Amazon", "AWS"}) {
      if (name.startsWith(prefix)) {
        return name.substring(prefix.length()).trim();
      }
    }
    return name;
  }
}
